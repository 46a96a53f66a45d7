using System.Globalization;
using Trendy.Native.Netcdf;

namespace Trendy.Bench;

/// <summary>
/// `trendy-bench-gen verify --in IN --out OUT [--factor K] [--every N]`: checks a converted (or copied) file
/// against the benchmark input, cell by cell, matching cells through the lat/lon coordinate values (so a
/// flipped latitude, as CDO's and NCO's -invertlat/reverse produce, compares correctly). Expected value:
/// the input × K rounded to float; fill cells must stay fill (≥ 1e19) and land cells must not.
/// Prints one summary line; exit 0 when every compared cell agrees within 2 float ulps (relative 2.4e-7).
/// </summary>
internal static class OutputComparer
{
    public static int Run(IReadOnlyList<string> args)
    {
        string? input = null;
        string? output = null;
        var factor = 1.0;
        var every = 1;
        var variable = "gpp";
        for (var i = 0; i < args.Count; i++)
        {
            string Next() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--in": input = Next(); break;
                case "--out": output = Next(); break;
                case "--factor": factor = double.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--every": every = Math.Max(1, int.Parse(Next(), CultureInfo.InvariantCulture)); break;
                case "--var": variable = Next(); break;
                default: throw new ArgumentException($"verify: unknown argument '{args[i]}'");
            }
        }

        if (input is null || output is null) throw new ArgumentException("verify needs --in IN and --out OUT");
        return Compare(input, output, variable, factor, every);
    }

    private static int Compare(string input, string output, string variable, double factor, int every)
    {
        using var fin = NcFile.OpenRead(input);
        using var fout = NcFile.OpenRead(output);
        var hin = fin.ReadHeader();
        var hout = fout.ReadHeader();
        var vin = hin.Variable(variable) ?? throw new ArgumentException($"{input} has no '{variable}'");
        var vout = hout.Variable(variable) ?? throw new ArgumentException($"{output} has no '{variable}'");
        var latIn = hin.Values("lat")!;
        var lonIn = hin.Values("lon")!;
        var latOut = hout.Values("lat")!;
        var lonOut = hout.Values("lon")!;
        var steps = (int)vin.Shape[0];
        if (vout.Shape[0] != steps) return Fail($"{vout.Shape[0]} steps in the output, {steps} in the input");
        var latMap = Map(latOut, latIn, "lat");
        var lonMap = Map(lonOut, lonIn, "lon");
        var nLat = latIn.Length;
        var nLon = lonIn.Length;
        var a = new float[nLat * nLon];
        var b = new float[latOut.Length * lonOut.Length];
        long compared = 0;
        long land = 0;
        long bad = 0;
        double worst = 0;
        string? firstBad = null;
        for (var t = 0; t < steps; t += t == steps - 1 ? 1 : Math.Min(every, steps - 1 - t))
        {
            fin.Read(variable, [t, 0, 0], [1, nLat, nLon], a.AsSpan());
            fout.Read(variable, [t, 0, 0], [1, latOut.Length, lonOut.Length], b.AsSpan());
            for (var y = 0; y < latOut.Length; y++)
            {
                for (var x = 0; x < lonOut.Length; x++)
                {
                    var raw = a[(latMap[y] * nLon) + lonMap[x]];
                    var got = b[(y * lonOut.Length) + x];
                    compared++;
                    var rawFill = raw >= 1e19f;
                    var gotFill = got >= 1e19f;
                    double rel = 0;
                    if (rawFill != gotFill || float.IsNaN(got))
                    {
                        rel = double.PositiveInfinity;
                    }
                    else if (!rawFill)
                    {
                        land++;
                        var expected = (float)(raw * factor);
                        rel = Math.Abs(got - expected) / Math.Abs(expected);
                    }

                    worst = Math.Max(worst, rel);
                    if (rel > 2.4e-7)
                    {
                        bad++;
                        firstBad ??= string.Create(CultureInfo.InvariantCulture, $"step {t} lat {latOut[y]} lon {lonOut[x]}: input {raw}, output {got}, expected {(float)(raw * factor)}");
                    }
                }
            }
        }

        var summary = string.Create(CultureInfo.InvariantCulture,
            $"{compared} cells compared ({land} land), {bad} differ, worst relative error {worst:E2}; latitude {(latOut[0] < latOut[^1] ? "ascending" : "descending")}, lon {lonOut[0]}..{lonOut[^1]}");
        if (bad > 0) return Fail(summary + "; first: " + firstBad);
        Console.WriteLine("verify ok: " + summary);
        return 0;
    }

    /// <summary>For each output coordinate, the index of the input coordinate with the same value (mod 360 for lon).</summary>
    private static int[] Map(double[] target, double[] source, string name)
    {
        var map = new int[target.Length];
        for (var i = 0; i < target.Length; i++)
        {
            var best = -1;
            for (var j = 0; j < source.Length; j++)
            {
                var d = Math.Abs(target[i] - source[j]);
                if (name == "lon") d = Math.Min(d, Math.Abs(d - 360));
                if (d < 1e-6)
                {
                    best = j;
                    break;
                }
            }

            map[i] = best >= 0 ? best : throw new ArgumentException($"output {name} {target[i]} has no match in the input");
        }

        return map;
    }

    private static int Fail(string message)
    {
        Console.WriteLine("verify FAILED: " + message);
        return 1;
    }
}
