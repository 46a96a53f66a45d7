using System.Diagnostics;
using System.Globalization;
using Trendy.Native.Hdf5;
using Trendy.Native.Isal;

namespace Trendy.Bench;

/// <summary>
/// `trendy-bench-gen codec --raw FILE [--chunk BYTES]`: the codec floor on the benchmark's own bytes. Reads the
/// byte-shuffled float planes (one chunk = one step of 360 × 720 float32 by default) and, on one thread, deflates every
/// chunk with ISA-L level 0, ISA-L level 1 and zlib-ng level 1 and inflates the result back with the same codec
/// (ISA-L streams with ISA-L, zlib-ng streams with zlib-ng). Prints one TSV line per codec:
/// codec, deflate seconds, inflate seconds (process CPU time, so a loaded machine shows less than in wall time),
/// uncompressed bytes, compressed bytes.
/// </summary>
internal static class CodecFloor
{
    public static int Run(IReadOnlyList<string> args)
    {
        string? raw = null;
        var chunk = 360 * 720 * sizeof(float);
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--raw" && i + 1 < args.Count) raw = args[++i];
            else if (args[i] == "--chunk" && i + 1 < args.Count) chunk = int.Parse(args[++i], CultureInfo.InvariantCulture);
            else throw new ArgumentException($"codec: unknown argument '{args[i]}'");
        }

        if (raw is null) throw new ArgumentException("codec: --raw FILE is required");
        var data = File.ReadAllBytes(raw);
        var chunks = data.Length / chunk;
        if (chunks == 0) throw new ArgumentException($"codec: {raw} is smaller than one chunk of {chunk} bytes");
        if (!IsalCodec.IsAvailable) Console.Error.WriteLine("trendy-bench-gen codec: libisal.so.2 not found; ISA-L rows skipped");
        if (IsalCodec.IsAvailable)
        {
            Measure("isal-0", chunks, chunk, data, new IsalCodecPair(0));
            Measure("isal-1", chunks, chunk, data, new IsalCodecPair(1));
        }

        Measure("zlib-ng-1", chunks, chunk, data, new ZlibNgCodecPair());
        return 0;
    }

    private static void Measure(string name, int chunks, int chunk, byte[] data, ICodecPair codec)
    {
        var stored = new byte[chunks][];
        var start = Cpu();
        for (var c = 0; c < chunks; c++) stored[c] = codec.Deflate(data.AsSpan(c * chunk, chunk));
        var deflate = Cpu() - start;
        var back = new byte[chunk];
        start = Cpu();
        for (var c = 0; c < chunks; c++) codec.Inflate(stored[c], back);
        var inflate = Cpu() - start;
        if (!back.AsSpan().SequenceEqual(data.AsSpan((chunks - 1) * chunk, chunk))) throw new InvalidDataException($"{name}: round trip differs");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}\t{deflate:F3}\t{inflate:F3}\t{(long)chunks * chunk}\t{stored.Sum(s => (long)s.Length)}"));
    }

    private static double Cpu()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime.TotalSeconds;
    }

    private interface ICodecPair
    {
        byte[] Deflate(ReadOnlySpan<byte> raw);

        void Inflate(byte[] stored, byte[] destination);
    }

    private sealed class IsalCodecPair(int level) : ICodecPair
    {
        private readonly IsalDeflater _deflater = new(level);
        private readonly IsalInflater _inflater = new();

        public byte[] Deflate(ReadOnlySpan<byte> raw)
        {
            _deflater.Deflate(raw);
            return _deflater.Result.ToArray();
        }

        public void Inflate(byte[] stored, byte[] destination)
        {
            if (_inflater.Inflate(stored, destination) is { } problem) throw new InvalidDataException(problem);
        }
    }

    /// <summary>zlib-ng through the production compressor/inflater without shuffle: the input is already shuffled.</summary>
    private sealed class ZlibNgCodecPair : ICodecPair
    {
        private readonly ChunkCompressor _compressor = new(1, ChunkCodec.ZlibNg);
        private readonly ChunkInflater _inflater = new(ChunkCodec.ZlibNg);

        public byte[] Deflate(ReadOnlySpan<byte> raw)
        {
            _compressor.Compress(raw, 1);
            return _compressor.Result.ToArray();
        }

        public void Inflate(byte[] stored, byte[] destination)
        {
            if (_inflater.Inflate(stored, destination, 1, shuffled: false).Problem is { } problem) throw new InvalidDataException(problem);
        }
    }
}
