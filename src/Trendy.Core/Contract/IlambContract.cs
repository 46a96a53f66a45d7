using System.Globalization;
using Trendy.Core.Cf.Metadata;
using Trendy.Core.Diagnostics;
using Trendy.Core.Inventory;
using Trendy.Core.Planning;
using Trendy.Core.Targets;

namespace Trendy.Core.Contract;

/// <summary>
/// The one ILAMB output contract (docs/contract.md Part 3), as pure checks over a reopened output's header and a few
/// sampled time steps. The writer's post-write verification, the companion writer and <c>verify</c> all call it, so
/// what the tool writes and what <c>verify</c> accepts cannot diverge. Each finding is an error diagnostic with a
/// stable code (<see cref="ContractCodes"/>), the contract item in its expectation and a remedy.
/// </summary>
public static class IlambContract
{
    private const string Reconvert = "convert the source again with this version of trendy2ilamb";

    /// <summary>The steps to sample: the first and the last (the writer fills steps in order, so these catch a short or misplaced write).</summary>
    public static IReadOnlyList<long> SampleSteps(long steps) => steps <= 0 ? [] : steps == 1 ? [0] : [0, steps - 1];

    /// <summary>
    /// A data output in a model folder: items 1–4, 7–9 and the CF rules; with <paramref name="promise"/>, also what the
    /// writer promised. <paramref name="samples"/> hold the stored values of the sampled steps.
    /// </summary>
    public static IReadOnlyList<Diagnostic> CheckData(DatasetHeader h, IReadOnlyList<ContractSample> samples, WriterPromise? promise = null)
    {
        var c = new Checks(h.Path);
        c.AddRange(CheckCf(h));
        var v = DataVariable(h, promise?.VariableId, c);
        if (v is null) return c.Items;
        CheckGrid(h, c);
        CheckValues(v, samples, promise, c);
        CheckUnits(v, promise?.Units ?? CanonicalUnits(v.Name), c);
        if (v.Rank == 2 && promise is null)
        {
            c.Fail(ContractCodes.Dimensions, v.Name, null, "item 6: a time axis of length 1 on every scored field", $"static dimensions ({Dims(v.Dimensions)})", Reconvert);
            return c.Items;
        }

        CheckDimensions(h, v, promise, c);
        CheckTime(h, c);
        return c.Items;
    }

    /// <summary>
    /// A companion (areacella, sftlf): a plain (lat, lon) field in <paramref name="units"/> on the data grid
    /// (items 6 and 10: ILAMB 2.x aborts the whole run on a shape mismatch), and the CF rules.
    /// </summary>
    public static IReadOnlyList<Diagnostic> CheckCompanion(DatasetHeader h, string variableId, string units, IReadOnlyList<double> dataLat, IReadOnlyList<double> dataLon)
    {
        var c = new Checks(h.Path);
        c.AddRange(CheckCf(h));
        var v = h.Variable(variableId);
        if (v is null)
        {
            c.Fail(ContractCodes.DataVariable, variableId, null, $"item 10: a variable '{variableId}'", "none", Reconvert);
            return c.Items;
        }

        if (!v.Dimensions.SequenceEqual(["lat", "lon"])) c.Fail(ContractCodes.Dimensions, v.Name, null, "item 6: dimensions (lat, lon)", $"({Dims(v.Dimensions)})", Reconvert);
        if (v.Text("units") != units) c.Fail(ContractCodes.Units, v.Name, "units", $"item 10: '{units}'", $"'{v.Text("units")}'", Reconvert);
        var lat = h.Values("lat");
        var lon = h.Values("lon");
        if (lat is null || lon is null || !lat.SequenceEqual(dataLat) || !lon.SequenceEqual(dataLon))
        {
            c.Fail(ContractCodes.Grid, v.Name, null, $"item 10: the data grid ({dataLat.Count} lat × {dataLon.Count} lon, same coordinates)",
                $"{lat?.Length ?? 0} lat × {lon?.Length ?? 0} lon" + (lat?.Length == dataLat.Count && lon?.Length == dataLon.Count ? " with other coordinates" : ""),
                "rerun 'trendy2ilamb convert' so the companions are rebuilt from the data grid; ILAMB 2.x aborts the whole run otherwise");
        }

        return c.Items;
    }

    /// <summary>The CF metadata rules alone (docs/cf.md), for products ILAMB does not read (OUT/pft).</summary>
    public static IReadOnlyList<Diagnostic> CheckCf(DatasetHeader h) =>
        [.. CfMetadataRules.Check(h).Select(f => Diagnostic.Error(ContractCodes.CfRule, new Where(h.Path), $"CF 1.8 §{f.Section} met", f.Problem,
            "convert the source again with this version of trendy2ilamb (docs/cf.md)"))];

    /// <summary>Item 10 for one model folder: every data output on one (lat, lon) size.</summary>
    public static IReadOnlyList<Diagnostic> CheckFolderGrid(string folder, IReadOnlyDictionary<string, (long Lat, long Lon)> grids)
    {
        var distinct = grids.Values.Distinct().ToList();
        if (distinct.Count <= 1) return [];
        var found = string.Join(", ", distinct.Select(g => $"{g.Lat}×{g.Lon} ({Path.GetFileName(grids.First(p => p.Value == g).Key)})"));
        return [Diagnostic.Error(ContractCodes.Grid, new Where(folder), "item 10: one grid per model folder", found,
            "move the files of the other grid out of the folder; ILAMB 2.x aborts the whole run on mixed grids")];
    }

    /// <summary>The canonical units of an output variable from the variable table, or null when the table does not know it.</summary>
    public static string? CanonicalUnits(string variableId) =>
        CompanionUnits(variableId) ?? TargetCatalog.LoadEmbedded().All.FirstOrDefault(t => t.VariableId == variableId && t.Role == TargetRole.Variable)?.Units;

    /// <summary>areacella in m2, sftlf in % (item 10).</summary>
    public static string? CompanionUnits(string variableId) => variableId switch
    {
        "areacella" => "m2",
        "sftlf" => "%",
        _ => null,
    };

    /// <summary>The one variable that is neither a coordinate nor a bounds variable (item 1), or the promised one.</summary>
    private static VariableInfo? DataVariable(DatasetHeader h, string? promised, Checks c)
    {
        if (promised is not null)
        {
            var p = h.Variable(promised);
            if (p is null) c.Fail(ContractCodes.DataVariable, promised, null, $"item 1: data variable '{promised}'", "none", Reconvert);
            return p;
        }

        var data = h.Variables.Where(v => v.Rank >= 2 && h.Dimension(v.Name) is null && !v.Name.EndsWith("_bnds", StringComparison.Ordinal)).ToList();
        if (data.Count == 1) return data[0];
        c.Fail(ContractCodes.DataVariable, null, null, "item 1: one data variable", $"{data.Count} ({string.Join(", ", data.Select(v => v.Name))})", Reconvert);
        return null;
    }

    private static void CheckDimensions(DatasetHeader h, VariableInfo v, WriterPromise? promise, Checks c)
    {
        if (promise is not null)
        {
            if (!v.Dimensions.SequenceEqual(promise.Dimensions)) c.Fail(ContractCodes.Dimensions, v.Name, null, $"({Dims(promise.Dimensions)})", $"({Dims(v.Dimensions)})", Reconvert);
            if (v.Shape[0] != promise.Steps) c.Fail(ContractCodes.Promise, v.Name, null, $"{promise.Steps} time steps", $"{v.Shape[0]}", Reconvert);
        }
        else if (v.Dimensions[0] != "time" || v.Dimensions[^2] != "lat" || v.Dimensions[^1] != "lon" || v.Rank > 4)
        {
            c.Fail(ContractCodes.Dimensions, v.Name, null, "item 2: (time, [depth], lat, lon)", $"({Dims(v.Dimensions)})", Reconvert);
        }

        if (promise is null && v.Rank == 4 && (v.Dimensions[1] != "depth" || h.Variable("depth")?.Text("units") != "m" || h.Values("depth_bnds") is null))
        {
            c.Fail(ContractCodes.ExtraAxis, v.Name, null, "item 9: an extra axis 'depth' in m with depth_bnds", $"'{v.Dimensions[1]}' ({h.Variable(v.Dimensions[1])?.Text("units") ?? "no units"})",
                "PFT and pool axes belong under OUT/pft; convert the source again");
        }
    }

    private static void CheckTime(DatasetHeader h, Checks c)
    {
        var time = h.Variable("time");
        if (time is null)
        {
            c.Fail(ContractCodes.Dimensions, "time", null, "item 4: a time coordinate variable", "none", Reconvert);
            return;
        }

        if (time.Text("units")?.StartsWith("days since ", StringComparison.Ordinal) != true)
        {
            c.Fail(ContractCodes.TimeUnits, "time", "units", "item 4: 'days since YYYY-MM-DD'", $"'{time.Text("units")}'", Reconvert);
        }

        if (string.IsNullOrWhiteSpace(time.Text("calendar")))
        {
            c.Fail(ContractCodes.Calendar, "time", "calendar", "item 4: an explicit calendar (ILAMB 2.x fails without one)", "none", "set the calendar attribute, or convert the source again");
        }

        var bnds = time.Text("bounds") is { } b ? h.Values(b) : null;
        var mid = h.Values("time");
        if (time.Text("bounds") != "time_bnds" || bnds is null || mid is null || bnds.Length != 2 * mid.Length)
        {
            c.Fail(ContractCodes.TimeBounds, "time", "bounds", "item 4: bounds = \"time_bnds\", a time_bnds(time, 2) variable", time.Text("bounds") is { } n ? $"bounds '{n}' without matching values" : "no bounds", Reconvert);
            return;
        }

        for (var i = 0; i < mid.Length; i++)
        {
            if (!(bnds[2 * i] < bnds[(2 * i) + 1]) || mid[i] < bnds[2 * i] || mid[i] > bnds[(2 * i) + 1])
            {
                c.Fail(ContractCodes.TimeBounds, "time_bnds", null, $"item 4: increasing bounds holding time[{i}] = {Num(mid[i])}", $"[{Num(bnds[2 * i])}, {Num(bnds[(2 * i) + 1])}]", Reconvert);
                return;
            }

            if (i > 0 && bnds[2 * i] != bnds[(2 * i) - 1])
            {
                c.Fail(ContractCodes.TimeGap, "time_bnds", null, $"item 4: contiguous bounds (step {i} starting at {Num(bnds[(2 * i) - 1])})", $"{Num(bnds[2 * i])}",
                    "ILAMB 2.x refuses a gap; convert the source again, or split the file at the gap");
                return;
            }
        }
    }

    private static void CheckGrid(DatasetHeader h, Checks c)
    {
        var lat = h.Values("lat");
        if (lat is null || h.Values("lon") is null)
        {
            c.Fail(ContractCodes.Coordinates, "lat", null, "item 2: lat and lon coordinate variables", "none", Reconvert);
            return;
        }

        if (lat.Zip(lat.Skip(1)).Any(p => p.Second <= p.First))
        {
            c.Fail(ContractCodes.Coordinates, "lat", null, "item 2: ascending latitude", $"{Num(lat[0])} … {Num(lat[^1])}, not increasing",
                "flip latitude together with the data (a flipped coordinate alone moves every value to the wrong hemisphere); convert the source again");
        }

        if (h.Variable("lat")?.Text("units") != "degrees_north" || h.Variable("lon")?.Text("units") != "degrees_east")
        {
            c.Fail(ContractCodes.Coordinates, "lat", "units", "item 2: degrees_north / degrees_east", $"'{h.Variable("lat")?.Text("units")}' / '{h.Variable("lon")?.Text("units")}'", Reconvert);
        }

        if (h.Variable("lat")?.Text("bounds") != "lat_bnds" || h.Variable("lon")?.Text("bounds") != "lon_bnds" || h.Values("lat_bnds") is not { } lb || h.Values("lon_bnds") is null)
        {
            c.Fail(ContractCodes.CoordinateBounds, "lat", "bounds", "item 3: lat_bnds and lon_bnds, referenced by the bounds attributes", "missing or not referenced", Reconvert);
            return;
        }

        for (var i = 0; i < lat.Length && 2 * i + 1 < lb.Length; i++)
        {
            if (lb[2 * i] > lb[(2 * i) + 1] || lat[i] < lb[2 * i] || lat[i] > lb[(2 * i) + 1])
            {
                c.Fail(ContractCodes.CoordinateBounds, "lat_bnds", null, $"item 3: (south, north) around lat[{i}] = {Num(lat[i])}", $"[{Num(lb[2 * i])}, {Num(lb[(2 * i) + 1])}]", Reconvert);
                return;
            }
        }
    }

    private static void CheckValues(VariableInfo v, IReadOnlyList<ContractSample> samples, WriterPromise? promise, Checks c)
    {
        if (v.Attribute("_FillValue")?.FirstNumber is not { } fill || Math.Abs(fill - ValuePlan.OutputFill) > 1e13)
        {
            c.Fail(ContractCodes.FillValue, v.Name, "_FillValue", "item 7: 1e20", v.Attribute("_FillValue")?.ToString() ?? "none", Reconvert);
        }

        foreach (var s in samples)
        {
            if (s.Values.Any(double.IsNaN))
            {
                c.Fail(ContractCodes.BareNan, v.Name, null, $"item 7: no bare NaN (step {s.Step})", $"{s.Values.Count(double.IsNaN)} NaN cells", Reconvert);
            }

            if (promise is not null && promise.ValidCells.TryGetValue(s.Step, out var expected))
            {
                var found = s.Values.Count(x => x < 1e19 && x > -1e19);
                if (found != expected) c.Fail(ContractCodes.Promise, v.Name, null, $"{expected} valid cells at step {s.Step}, as written", $"{found}", Reconvert);
            }
        }
    }

    private static void CheckUnits(VariableInfo v, string? expected, Checks c)
    {
        var units = v.Text("units");
        if (string.IsNullOrWhiteSpace(units))
        {
            c.Fail(ContractCodes.Units, v.Name, "units", $"item 8: '{expected ?? "canonical units"}'", "none", Reconvert);
        }
        else if (expected is not null && units != expected)
        {
            c.Fail(ContractCodes.Units, v.Name, "units", $"item 8: '{expected}'", $"'{units}'",
                "units must be rescaled, never relabelled; convert the source again");
        }
    }

    private static string Dims(IEnumerable<string> dims) => string.Join(", ", dims);

    private static string Num(double x) => x.ToString("G6", CultureInfo.InvariantCulture);

    /// <summary>Collects the findings of one file.</summary>
    private sealed class Checks(string file)
    {
        public List<Diagnostic> Items { get; } = [];

        public void AddRange(IEnumerable<Diagnostic> items) => Items.AddRange(items);

        public void Fail(string code, string? variable, string? attribute, string expected, string found, string remedy) =>
            Items.Add(Diagnostic.Error(code, new Where(file, variable, attribute), expected, found, remedy));
    }
}
