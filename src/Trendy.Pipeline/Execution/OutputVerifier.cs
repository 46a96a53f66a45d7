using Trendy.Core.Cf.Metadata;
using Trendy.Core.Inventory;
using Trendy.Core.Planning;
using Trendy.Native.Netcdf;

namespace Trendy.Pipeline.Execution;

/// <summary>
/// Reopens a written output through libnetcdf and checks what the plan promised and what ILAMB needs
/// (docs/contract.md Part 3): names and order of dimensions, time units/calendar/bounds (contiguous,
/// containing their midpoints), ascending latitude with bounds, fill value, units, the valid-cell counts
/// of the first and last step as the executor counted them, and the CF metadata rules (<see cref="CfMetadataRules"/>).
/// </summary>
internal static class OutputVerifier
{
    public static void Verify(string path, ConversionPlan plan, ValidCounts valid)
    {
        var problems = new List<string>();
        using (var f = NcFile.OpenRead(path))
        {
            var h = f.ReadHeader();
            var v = h.Variable(plan.Output.VariableId);
            if (v is null)
            {
                throw new VerificationException(path, [$"data variable '{plan.Output.VariableId}' missing"]);
            }

            CheckLayout(h, v, plan, problems);
            CheckTime(h, plan, problems);
            CheckGrid(h, problems);
            CheckSteps(f, v, plan, valid, problems);
            problems.AddRange(CfMetadataRules.Check(h).Select(c => $"CF {c.Section}: {c.Problem}"));
        }

        if (problems.Count > 0) throw new VerificationException(path, problems);
    }

    private static void CheckLayout(DatasetHeader h, VariableInfo v, ConversionPlan plan, List<string> problems)
    {
        var expected = plan.Level is { Reduce: false } l ? new[] { "time", OutputWriter.LevelName(l.Role), "lat", "lon" } : ["time", "lat", "lon"];
        if (!v.Dimensions.SequenceEqual(expected)) problems.Add($"dimensions ({string.Join(",", v.Dimensions)}) instead of ({string.Join(",", expected)})");
        if (v.Attribute("_FillValue")?.FirstNumber is not { } fill || Math.Abs(fill - ValuePlan.OutputFill) > 1e13) problems.Add("_FillValue is not 1e20");
        if (v.Text("units") != plan.Values.TargetUnits) problems.Add($"units '{v.Text("units")}' instead of '{plan.Values.TargetUnits}'");
        if (v.Shape[0] != plan.Time.Steps) problems.Add($"{v.Shape[0]} time steps instead of {plan.Time.Steps}");
    }

    private static void CheckTime(DatasetHeader h, ConversionPlan plan, List<string> problems)
    {
        var time = h.Variable("time");
        if (time?.Text("calendar") is null) problems.Add("time has no calendar");
        if (time?.Text("bounds") != "time_bnds") problems.Add("time has no bounds attribute");
        if (time?.Text("units")?.StartsWith("days since", StringComparison.Ordinal) != true) problems.Add("time units are not 'days since …'");
        var mid = h.Values("time");
        var bnds = h.Values("time_bnds");
        if (mid is null || bnds is null || bnds.Length != mid.Length * 2)
        {
            problems.Add("time or time_bnds missing");
            return;
        }

        for (var i = 0; i < mid.Length; i++)
        {
            if (!(bnds[2 * i] < bnds[(2 * i) + 1])) problems.Add($"time_bnds[{i}] is empty or reversed");
            if (mid[i] < bnds[2 * i] || mid[i] > bnds[(2 * i) + 1]) problems.Add($"time[{i}] lies outside its bounds");
            if (i > 0 && bnds[2 * i] != bnds[(2 * i) - 1]) problems.Add($"time_bnds not contiguous at step {i}");
            if (problems.Count > 5) return;
        }
    }

    private static void CheckGrid(DatasetHeader h, List<string> problems)
    {
        var lat = h.Values("lat");
        if (lat is null || h.Values("lat_bnds") is null || h.Values("lon_bnds") is null) problems.Add("lat/lon bounds missing");
        else if (lat.Zip(lat.Skip(1)).Any(p => p.Second <= p.First)) problems.Add("latitude is not ascending");
    }

    private static void CheckSteps(NcFile f, VariableInfo v, ConversionPlan plan, ValidCounts valid, List<string> problems)
    {
        var perStep = (int)(v.ElementCount / Math.Max(v.Shape[0], 1));
        var buffer = new double[perStep];
        var start = new long[v.Rank];
        var count = v.Shape.ToArray();
        count[0] = 1;
        foreach (var (step, expected) in new[] { (0, valid.FirstStep), (plan.Time.Steps - 1, valid.LastStep) })
        {
            start[0] = step;
            f.Read(v.Name, start, count, buffer.AsSpan());
            var found = buffer.Count(x => x < 1e19 && x > -1e19);
            if (buffer.Any(double.IsNaN)) problems.Add($"step {step} holds NaN");
            if (found != expected) problems.Add($"step {step} has {found} valid cells, expected {expected}");
        }
    }
}
