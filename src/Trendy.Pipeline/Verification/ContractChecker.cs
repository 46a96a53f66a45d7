using Trendy.Core;
using Trendy.Core.Inventory;
using Trendy.Native.Netcdf;

namespace Trendy.Pipeline.Verification;

/// <summary>
/// Checks finished outputs against ilamb-contract.md Part 3, independently of the plan that made them: the
/// data variable on (time, [depth], lat, lon) named exactly so, `days since` time with an explicit calendar and
/// contiguous bounds holding their midpoints, ascending latitude with (south, north) `lat_bnds`, `lon_bnds`,
/// a `_FillValue` and no bare NaN, units present, and companions on the same grid as the data.
/// </summary>
public static class ContractChecker
{
    /// <summary>The outputs <see cref="CheckTree"/> checks (none means there is nothing to verify).</summary>
    public static IReadOnlyList<string> Outputs(string outputRoot) => [.. ModelFolders(outputRoot).SelectMany(OutputFiles)];

    public static IReadOnlyList<ContractFinding> CheckTree(string outputRoot)
    {
        var findings = new List<ContractFinding>();
        foreach (var modelDir in ModelFolders(outputRoot))
        {
            var grids = new Dictionary<string, (long, long)>(StringComparer.Ordinal);
            foreach (var file in OutputFiles(modelDir))
            {
                findings.AddRange(CheckFile(file, out var grid));
                if (grid is { } g) grids[file] = g;
            }

            if (grids.Values.Distinct().Count() > 1)
            {
                findings.Add(new ContractFinding(modelDir, "10", $"files on different grids: {string.Join(", ", grids.Values.Distinct())} (ILAMB 2.x aborts the whole run)"));
            }
        }

        return findings;
    }

    public static IReadOnlyList<ContractFinding> CheckFile(string path, out (long Lat, long Lon)? grid)
    {
        grid = null;
        var f = new List<ContractFinding>();
        void Bad(string item, string problem) => f.Add(new ContractFinding(path, item, problem));
        try
        {
            using var file = NcFile.OpenRead(path);
            var h = file.ReadHeader();
            var data = h.Variables.Where(v => v.Rank >= 2 && h.Dimension(v.Name) is null && !v.Name.EndsWith("_bnds", StringComparison.Ordinal)).ToList();
            if (data.Count != 1)
            {
                Bad("1", $"expected one data variable, found {data.Count}");
                return f;
            }

            var v = data[0];
            grid = (h.Dimension("lat")?.Length ?? 0, h.Dimension("lon")?.Length ?? 0);
            CheckGrid(h, Bad);
            CheckFill(file, v, Bad);
            if (v.Text("units") is null) Bad("8", $"{v.Name} has no units");
            if (v.Dimensions.Count == 2)
            {
                if (!v.Dimensions.SequenceEqual(["lat", "lon"])) Bad("2", $"static field dims ({string.Join(",", v.Dimensions)})");
                return f;
            }

            if (v.Dimensions[0] != "time" || v.Dimensions[^2] != "lat" || v.Dimensions[^1] != "lon" || v.Rank > 4)
            {
                Bad("2", $"dims ({string.Join(",", v.Dimensions)}) instead of (time, [depth], lat, lon)");
            }

            if (v.Rank == 4 && (v.Dimensions[1] != "depth" || h.Variable("depth")?.Text("units") != "m" || h.Values("depth_bnds") is null)) Bad("9", $"extra axis '{v.Dimensions[1]}' is not a depth in m with bounds");
            CheckTime(h, Bad);
        }
        catch (TrendyException e)
        {
            Bad("open", e.Message);
        }

        return f;
    }

    private static void CheckTime(DatasetHeader h, Action<string, string> bad)
    {
        var time = h.Variable("time");
        if (time is null) { bad("4", "no time variable"); return; }
        if (time.Text("units")?.StartsWith("days since ", StringComparison.Ordinal) != true) bad("4", $"time units '{time.Text("units")}' are not 'days since …'");
        if (string.IsNullOrWhiteSpace(time.Text("calendar"))) bad("4", "time has no calendar");
        var bnds = time.Text("bounds") is { } b ? h.Values(b) : null;
        var mid = h.Values("time");
        if (bnds is null || mid is null || bnds.Length != 2 * mid.Length) { bad("4", "time bounds missing or misshapen"); return; }
        for (var i = 0; i < mid.Length; i++)
        {
            if (!(bnds[2 * i] < bnds[(2 * i) + 1]) || mid[i] < bnds[2 * i] || mid[i] > bnds[(2 * i) + 1]) { bad("4", $"time[{i}] not inside increasing bounds"); return; }
            if (i > 0 && bnds[2 * i] != bnds[(2 * i) - 1]) { bad("4", $"time bounds not contiguous at step {i}"); return; }
        }
    }

    private static void CheckGrid(DatasetHeader h, Action<string, string> bad)
    {
        var lat = h.Values("lat");
        if (lat is null || h.Values("lon") is null) { bad("2", "lat/lon coordinate variables missing"); return; }
        if (lat.Zip(lat.Skip(1)).Any(p => p.Second <= p.First)) bad("2", "latitude not ascending");
        if (h.Variable("lat")?.Text("units") != "degrees_north" || h.Variable("lon")?.Text("units") != "degrees_east") bad("2", "lat/lon units are not degrees_north/degrees_east");
        if (h.Variable("lat")?.Text("bounds") != "lat_bnds" || h.Variable("lon")?.Text("bounds") != "lon_bnds" || h.Values("lat_bnds") is not { } lb || h.Values("lon_bnds") is null)
        {
            bad("3", "lat_bnds/lon_bnds missing or not referenced");
            return;
        }

        for (var i = 0; i < lat.Length; i++)
        {
            if (lb[2 * i] > lb[(2 * i) + 1] || lat[i] < lb[2 * i] || lat[i] > lb[(2 * i) + 1]) { bad("3", $"lat_bnds[{i}] not (south, north) around its centre"); return; }
        }
    }

    private static void CheckFill(NcFile file, VariableInfo v, Action<string, string> bad)
    {
        if (v.Attribute("_FillValue") is null) bad("7", $"{v.Name} has no _FillValue");
        var perStep = v.ElementCount / Math.Max(v.Shape[0], 1);
        if (v.Rank < 3 || perStep > 50_000_000) return;
        var buffer = new double[perStep];
        var count = v.Shape.ToArray();
        count[0] = 1;
        foreach (var step in new[] { 0L, v.Shape[0] - 1 }.Distinct())
        {
            var start = new long[v.Rank];
            start[0] = step;
            file.Read(v.Name, start, count, buffer.AsSpan());
            if (buffer.Any(double.IsNaN)) { bad("7", $"{v.Name} holds bare NaN at step {step}"); return; }
        }
    }

    private static IEnumerable<string> ModelFolders(string root) =>
        Directory.EnumerateDirectories(root)
            .Where(d => Path.GetFileName(d) is not ("pft" or "reports") && !Path.GetFileName(d).StartsWith('.'))
            .SelectMany(Directory.EnumerateDirectories)
            .Order(StringComparer.Ordinal);

    private static IEnumerable<string> OutputFiles(string modelDir) =>
        Directory.EnumerateFiles(modelDir, "*.nc").Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal);
}
