using System.Globalization;
using Trendy.Core.Batch;
using Trendy.Pipeline.Conversion;

namespace Trendy.Cli;

/// <summary>A readable digest of a plan (the full plan holds whole coordinate arrays).</summary>
public sealed record PlanSummary(string File, string Status, string Code, string? Reason, string Model, string? Simulation, string? Variable,
    PlanSummary.OutputDigest? Output, IReadOnlyList<string> Diagnostics)
{
    public sealed record OutputDigest(string SourceVariable, IReadOnlyList<string> Axes, int Steps, string Frequency, string First, string Last,
        string Calendar, string TimeRule, string Grid, string? Level, string Values, string SourceUnits, string TargetUnits, string Path,
        IReadOnlyList<string> Rules, IReadOnlyList<Core.Fixes.FiredFix> Fixes);

    public static PlanSummary From(FileAttempt a)
    {
        var id = a.Identity;
        var diags = (a.Plan?.Diagnostics ?? id.Diagnostics).Select(d => d.ToString()).ToList();
        // The same codes convert reports for the file (docs/codes.md), so a plan and a report can be compared.
        if (a.Fault is { } fault) return new(a.Path, "fail", ReasonCodes.InputUnreadable, fault, id.Model, id.Simulation, id.VariableToken, null, diags);
        if (a.Plan is { IsSkip: true } skip) return new(a.Path, "skip", ReasonCodes.Skipped, skip.SkipReason, id.Model, id.Simulation, id.VariableToken, null, diags);
        if (a.Plan?.Plan is not { } p)
        {
            var error = a.Plan?.Diagnostics.FirstOrDefault(d => d.Severity == Core.Diagnostics.Severity.Error);
            return new(a.Path, "fail", error?.Code ?? ReasonCodes.InputUnreadable, error?.Message ?? diags.FirstOrDefault(), id.Model, id.Simulation, id.VariableToken, null, diags);
        }

        var g = p.Grid;
        var v = p.Values;
        string F(double x) => x.ToString("G6", CultureInfo.InvariantCulture);
        var grid = $"{g.NLat}×{g.NLon}, lat {F(g.Lat[0])}..{F(g.Lat[^1])}, lon {F(g.Lon[0])}..{F(g.Lon[^1])}{(g.FlipLat ? ", latitude flipped" : "")}{(g.LonShift != 0 ? $", longitude rolled by {g.LonShift}" : "")}";
        var level = p.Level is null ? null : $"{p.Level.Role} '{p.Level.SourceDimension}' ×{p.Level.Length}: {(p.Level.Reduce ? "summed" : "kept")} ({p.Level.Source})";
        var values = $"×{F(v.ScaleFactor)} +{F(v.AddOffset)}, mask [{string.Join(", ", v.FillValues.Select(F))}], units ×{F(v.UnitFactor)} +{F(v.UnitOffset)}" +
                     (v.PerInterval == Core.Cf.Units.CalendarInterval.None ? "" : $", ÷ seconds per calendar {v.PerInterval.ToString().ToLowerInvariant()}");
        var digest = new OutputDigest(p.SourceVariable, [.. p.SourceAxes.Select(x => $"{x.Dimension}={x.Role}")], p.Time.Steps, p.Time.Frequency.ToString(),
            p.Time.FirstLabel, p.Time.LastLabel, p.Time.Calendar, p.Time.Rule, grid, level, values, v.SourceUnits, v.TargetUnits, p.Output.RelativePath,
            p.Rules, p.Fixes);
        return new(a.Path, "convert", Core.Batch.ReasonCodes.Ok, null, p.Model, p.Simulation, p.TrendyVariable, digest, diags);
    }
}
