using System.Globalization;
using Trendy.Core;
using Trendy.Core.Cf.Units;
using Trendy.Core.Contract;
using Trendy.Core.Diagnostics;
using Trendy.Core.Inventory;
using Trendy.Core.Planning;
using Trendy.Native.Netcdf;

namespace Trendy.Pipeline.Verification;

/// <summary>
/// <c>verify --source ROOT</c>: finds each output's source file by its provenance (<c>source_file</c>, and
/// <see cref="Planner.SourceSizeAttribute"/> when several files share the name) and recomputes every value from it
/// with the conversion recorded at write time (<see cref="RecordedConversion"/>): the same valid-cell mask, every value
/// equal within float32 rounding, and, where the conversion is a pure rescale, the area-weighted total of each step
/// conserved. Every step, or <see cref="VerifyOptions.Sample"/> evenly spread steps.
/// </summary>
public sealed class SourceComparer(string sourceRoot, int? sample)
{
    /// <summary>Two float32 ulps: the output is stored as float, the recomputation is done in double.</summary>
    private const double Tolerance = 2.5e-7;

    private readonly Lazy<ILookup<string, string>> _sources = new(() =>
        Directory.EnumerateFiles(sourceRoot, "*", SearchOption.AllDirectories).ToLookup(p => Path.GetFileName(p), StringComparer.Ordinal));

    public IReadOnlyList<Diagnostic> Compare(string file, NcFile output, DatasetHeader h, string variable)
    {
        var where = new Where(file, variable);
        var recorded = RecordedConversion.Parse(h.GlobalAttribute(RecordedConversion.AttributeName)?.Text);
        if (recorded is null)
        {
            return [NotCheckable(where, $"no readable global attribute {RecordedConversion.AttributeName}", "convert the source again with this version of trendy2ilamb, which records the conversion")];
        }

        if (recorded.Level != "none" || recorded.Dimensions.Count(c => c is 'T' or 'Y' or 'X') != 3)
        {
            return [Note(where, $"level axis '{recorded.Level}', source dimensions {recorded.Dimensions}: values of outputs with a level axis are not recomputed")];
        }

        if ((h.GlobalAttribute("conversion_rules")?.Text ?? "").Split("; ").Contains("archive"))
        {
            return [Note(where, "converted from a compressed archive (.nc.gz), whose unpacked copy is gone: values not recomputed")];
        }

        var source = FindSource(h);

        if (source is null)
        {
            return [Diagnostic.Error(ContractCodes.SourceMissing, where.WithAttribute("source_file"), $"a file '{h.GlobalAttribute("source_file")?.Text}' under {sourceRoot}", "none",
                "give the release the output was converted from with --source")];
        }

        try
        {
            using var src = NcFile.OpenRead(source);
            return Compare(where, output, h, variable, src, src.ReadHeader(), recorded);
        }
        catch (TrendyException e)
        {
            return [Diagnostic.Error(ContractCodes.SourceMissing, where, $"a readable source {source}", e.Message, "download the source again")];
        }
    }

    private List<Diagnostic> Compare(Where where, NcFile output, DatasetHeader h, string variable, NcFile src, DatasetHeader sh, RecordedConversion rc)
    {
        var found = new List<Diagnostic>();
        var v = h.Variable(variable)!;
        var sv = sh.Variable(rc.SourceVariable);
        var time = h.Variable("time");
        var starts = StepYears.StartDates(time?.Text("units"), time?.Text("calendar"), h.Values("time_bnds") ?? []);
        if (sv is null || sv.Rank != rc.Dimensions.Length || starts is null || v.Rank != 3)
        {
            return [NotCheckable(where, $"source variable '{rc.SourceVariable}' with dimensions {rc.Dimensions} and a decodable output time axis", "convert the source again")];
        }

        var tPos = rc.Dimensions.IndexOf('T');
        if (sv.Shape[tPos] != v.Shape[0])
        {
            return [NotCheckable(where, $"{v.Shape[0]} source steps (one per output step)", $"{sv.Shape[tPos]}: steps were dropped or reordered, values are not recomputed step by step")];
        }

        var (nLat, nLon) = ((int)v.Shape[1], (int)v.Shape[2]);
        var count = sv.Shape.ToArray();
        count[tPos] = 1;
        // Row-major strides of one source step (its time count is 1), whatever the order of the source's dimensions.
        var strides = new long[sv.Rank];
        for (var d = sv.Rank - 1; d >= 0; d--) strides[d] = d == sv.Rank - 1 ? 1 : strides[d + 1] * count[d + 1];
        var yStride = strides[rc.Dimensions.IndexOf('Y')];
        var xStride = strides[rc.Dimensions.IndexOf('X')];
        var weights = h.Values("lat_bnds") is { } lb && h.Values("lon_bnds") is { } ob ? CellAreaWeights.FromBounds(lb, ob) : null;
        var sourceStep = new double[sv.ElementCount / Math.Max(sv.Shape[tPos], 1)];
        var masks = 0;
        var values = 0;
        foreach (var t in Steps(v.Shape[0], h.FileSize))
        {
            var outStep = StepReader.Read(output, v, t)!;
            var start = new long[sv.Rank];
            start[tPos] = t;
            src.Read(sv.Name, start, count, sourceStep.AsSpan());
            var interval = rc.PerInterval == CalendarInterval.None ? 1 : StepYears.IntervalSeconds(starts.Value.Calendar, starts.Value.Dates[t], rc.PerInterval == CalendarInterval.Year);
            double outTotal = 0, expectedTotal = 0;
            for (var y = 0; y < nLat; y++)
            {
                var sy = rc.FlipLat ? nLat - 1 - y : y;
                for (var x = 0; x < nLon; x++)
                {
                    var sx = ((rc.FlipLon ? nLon - 1 - x : x) + rc.LonShift) % nLon;
                    var expected = rc.Apply(sourceStep[(sy * yStride) + (sx * xStride)], interval);
                    var actual = outStep[(y * nLon) + x];
                    var valid = Math.Abs(actual) < 1e19 && !double.IsNaN(actual);
                    if (valid != expected.HasValue)
                    {
                        if (masks++ == 0) found.Add(Diagnostic.Error(ContractCodes.SourceMask, where, $"the source's valid-cell mask (step {t}, lat {h.Values("lat")![y]}, lon {h.Values("lon")![x]}: {(expected.HasValue ? "valid" : "masked")})",
                            valid ? "valid" : "masked", "convert the source again; the output's mask no longer matches its source"));
                        continue;
                    }

                    if (expected is not { } e) continue;
                    if (Math.Abs(actual - e) > (Tolerance * Math.Abs(e)) + 1e-37)
                    {
                        if (values++ == 0) found.Add(Diagnostic.Error(ContractCodes.SourceValue, where, $"source × recorded conversion = {Num(e)} (step {t}, lat {h.Values("lat")![y]}, lon {h.Values("lon")![x]})",
                            Num(actual), "convert the source again; the output no longer holds its source's values"));
                    }

                    if (weights is not null)
                    {
                        outTotal += actual * weights[(y * nLon) + x];
                        expectedTotal += e * weights[(y * nLon) + x];
                    }
                }
            }

            if (rc.IsPureRescale && weights is not null && Math.Abs(outTotal - expectedTotal) > 1e-5 * Math.Abs(expectedTotal) && found.All(f => f.Code != ContractCodes.SourceTotal))
            {
                found.Add(Diagnostic.Error(ContractCodes.SourceTotal, where, $"the area-weighted total of step {t} conserved: {Num(expectedTotal)}", Num(outTotal),
                    "convert the source again"));
            }
        }

        if (masks > 1) found.Add(Note(where, $"{masks} cells in all differ in mask from the source"));
        if (values > 1) found.Add(Note(where, $"{values} values in all differ from the source"));
        return found;
    }

    /// <summary>Every step for files under 1 GB (or --sample N: N evenly spread steps, first and last included).</summary>
    private IEnumerable<long> Steps(long steps, long fileSize)
    {
        long n = sample ?? (fileSize < VerifyOptions.WholeFileLimit ? steps : VerifyOptions.LargeFileSample);
        if (n >= steps) return Enumerable.Range(0, (int)steps).Select(i => (long)i);
        if (n <= 1) return [0];
        return Enumerable.Range(0, (int)n).Select(i => (long)Math.Round(i * (steps - 1) / (double)(n - 1))).Distinct();
    }

    private string? FindSource(DatasetHeader h)
    {
        if (h.GlobalAttribute("source_file")?.Text is not { Length: > 0 } name) return null;
        var candidates = _sources.Value[name].ToList();
        var size = h.GlobalAttribute(Planner.SourceSizeAttribute)?.Text;
        return candidates.FirstOrDefault(c => new FileInfo(c).Length.ToString(CultureInfo.InvariantCulture) == size) ?? candidates.FirstOrDefault();
    }

    private static Diagnostic NotCheckable(Where where, string expected, string found) =>
        Diagnostic.Error(ContractCodes.SourceNotCheckable, where, expected, found, "convert the source again with this version of trendy2ilamb");

    private static Diagnostic Note(Where where, string text) => Diagnostic.Note(ContractCodes.SourceNotCheckable, where, "values recomputed from the source", text, "");

    private static string Num(double x) => x.ToString("G9", CultureInfo.InvariantCulture);
}
