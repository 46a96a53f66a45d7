using System.Diagnostics;
using System.Globalization;
using Trendy.Bench;

// trendy-bench-gen: writes the benchmark input described in docs/performance.md ("Setup"):
//   OUT/nc4/BENCH/S3/BENCH_S3_gpp.nc   NetCDF4, zlib 4 + shuffle, chunks (1,360,720)
//   OUT/nc3/BENCH/S3/BENCH_S3_gpp.nc   NetCDF3 64-bit offset, same values
//   OUT/nochange/BENCH/S3/BENCH_S3_gpp.nc  (with --nochange) NetCDF4 like nc4 but already in kg m-2 s-1: no value change
//   OUT/shuffled.raw                   (with --raw) the byte-shuffled float planes of every step, for the
//                                      system-zlib deflate floor (pigz -1 -z -p 1)
// `trendy-bench-gen verify --in IN --out OUT --factor K` compares an output with the input (see OutputComparer).
// `trendy-bench-gen codec --raw OUT/shuffled.raw` measures the deflate/inflate floor of each codec (see CodecFloor).
// Each file is written under a temporary name and renamed when complete, so a half-written input is never reused.
try
{
    if (args.Length > 0 && args[0] == "verify") return OutputComparer.Run(args[1..]);
    if (args.Length > 0 && args[0] == "codec") return CodecFloor.Run(args[1..]);
    var options = GeneratorOptions.Parse(args);
    var clock = Stopwatch.StartNew();
    var written = BenchInputWriter.Write(options);
    foreach (var path in written)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path}\t{new FileInfo(path).Length}"));
    }

    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"trendy-bench-gen: {options.Steps} steps ({BenchField.UncompressedBytes(options.Steps) / 1e6:F0} MB uncompressed) in {clock.Elapsed.TotalSeconds:F1} s"));
    return 0;
}
catch (ArgumentException e)
{
    Console.Error.WriteLine("trendy-bench-gen: " + e.Message);
    Console.Error.WriteLine(GeneratorOptions.Usage);
    return 2;
}
