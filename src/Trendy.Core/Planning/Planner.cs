using System.Globalization;
using Trendy.Core.Contract;
using Trendy.Core.Cf.Metadata;
using Trendy.Core.Cf.Time;
using Trendy.Core.Cf.Units;
using Trendy.Core.Diagnostics;
using Trendy.Core.Fixes;
using Trendy.Core.Identify;
using Trendy.Core.Inventory;
using Trendy.Core.Targets;

namespace Trendy.Core.Planning;

/// <summary>
/// Plan(header, identity, fixes, options) → plan or diagnostics. Pure: every input is an argument, units go
/// through the injected converter (UDUNITS-2 in production), and no file, console or clock is touched, so the
/// hard logic is tested on hand-built headers (docs/architecture.md, "Plan").
/// </summary>
public sealed class Planner(IUnitConverter units)
{
    public const string ResumeAttribute = "trendy2ilamb_options";
    public const string SourceSizeAttribute = "trendy2ilamb_source_size";
    public const string SourceMtimeAttribute = "trendy2ilamb_source_mtime";
    public const string SourceHashAttribute = "trendy2ilamb_source_header_sha256";

    /// <summary>A reported problem of this model's variable with no safe automatic fix (fixes.json knownIssues).</summary>

    public PlanResult Plan(PlanRequest request)
    {
        var id = request.Identity;
        var bag = new DiagnosticBag();
        bag.AddRange(id.Diagnostics);
        if (id.Disposition != FileDisposition.Convert || id.Target is not { } target)
        {
            return PlanResult.Skip(id.Reason ?? $"not a variable to convert ({id.Disposition})", bag.Items);
        }

        var where = new Where(request.Header.Path);
        var rules = new List<string>(id.Rules.Select(r => r.Id));
        var fired = new List<FiredFix>();
        var data = DataVariableFinder.Find(request.Header, id.VariableToken, target, request.Fixes, where, bag, rules);
        if (data is null) return new PlanResult(null, null, bag.Items);
        where = where.WithVariable(data.Name);
        var plan = Build(request, target, data, where, bag, rules, fired);
        return new PlanResult(bag.HasErrors ? null : plan, null, bag.Items);
    }

    private ConversionPlan? Build(PlanRequest request, TargetSpec target, VariableInfo data, Where where, DiagnosticBag bag, List<string> rules, List<FiredFix> fired)
    {
        var header = request.Header;
        var axes = AxisClassifier.Classify(header, data, where, bag);
        var time = Require(axes, AxisRole.Time, where, bag, TimeCodes.NoTimeDimension, "a time dimension (name containing 'time', or CF time attributes)");
        var lat = Require(axes, AxisRole.Latitude, where, bag, GridCodes.NoLatLon, "a latitude dimension");
        var lon = Require(axes, AxisRole.Longitude, where, bag, GridCodes.NoLatLon, "a longitude dimension");
        if (time is null || lat is null || lon is null || bag.HasErrors) return null;

        var timePlan = TimePlanner.Plan(header, time, request.Fixes, target.TrendyName, where, bag, fired);
        var grid = HorizontalGridPlanner.Plan(header, lat, lon, where, bag);
        var (level, levelOk) = LevelPlanner.Plan(header, data, axes, target, request.Fixes, where, bag, rules, fired);
        var values = PlanValues(data, target, request, where, bag, rules, fired);
        if (timePlan is null || grid is null || !levelOk || values is null) return null;

        rules.Add(timePlan.Rule);
        if (timePlan.DuplicateSteps.Count > 0) rules.Add(DuplicateTail.Rule);
        rules.AddRange(grid.Rules);
        // Known issues (ED pr ~12x too low, VISIT-UT tas offset, ...) have no safe fix; KnownIssue promises they
        // reach the user as warnings, and the output carries them so a reader of the file sees them too.
        var issues = request.Fixes.IssuesFor(target.TrendyName, request.Identity.Simulation).ToList();
        foreach (var issue in issues)
        {
            bag.Add(Diagnostic.Warning(PlanCodes.KnownIssue, where, "values without a reported problem", $"{request.Fixes.Key}: {issue.Note}",
                $"check the values before use (seen: {issue.Seen})"));
        }

        var archive = level is { Reduce: false, Role: AxisRole.Pft or AxisRole.Pool } || target.IsArchiveProduct;
        var gridcellRules = new List<string>(rules);
        var gridcellFired = new List<FiredFix>(fired);
        var plan = Assemble(request, target, data, axes, grid, timePlan, level, values, archive, rules, fired, issues, bag);
        if (level is not { Role: AxisRole.Pft, Reduce: false } || target.IsArchiveProduct) return plan;
        var reduced = PftGridcell(request, data, level, axes, timePlan, target, where, bag, gridcellRules, gridcellFired);
        if (reduced is null) return plan with { Diagnostics = bag.Items };
        var gridcell = Assemble(request, target, data, axes, grid, timePlan, reduced, values, false, gridcellRules, gridcellFired, issues, bag);
        return plan with { Gridcell = gridcell, Diagnostics = bag.Items };
    }

    private static ConversionPlan Assemble(PlanRequest request, TargetSpec target, VariableInfo data, IReadOnlyList<SourceAxis> axes, HorizontalGrid grid,
        TimeAxisPlan timePlan, LevelAxis? level, ValuePlan values, bool archive, List<string> rules, List<FiredFix> fired, List<KnownIssue> issues, DiagnosticBag bag)
    {
        var attributes = OutputNaming.VariableAttributes(target, level, out var droppedTypes);
        if (droppedTypes.Count > 0) rules.Add($"cf:cell-methods-dropped-where-{string.Join('-', droppedTypes)}");
        if (level is { Reduce: false, Names: not null }) rules.Add("level:pft-names-from-source");
        var outputType = data.Type == NcType.Double ? NcType.Double : NcType.Float;
        var io = IoPlanner.Plan(request.Header, data, axes, values, grid, level, outputType, request.Options, request.Capabilities ?? IoCapabilities.None);
        var output = new OutputSpec(target.VariableId, OutputNaming.TableFor(target.CmipTable, timePlan.Frequency),
            OutputNaming.RelativePath(request.Identity, target, timePlan, archive),
            outputType, archive,
            attributes,
            Globals(request, target, timePlan, rules, fired, issues, OutputNaming.ExternalVariables(attributes)));
        var plan = new ConversionPlan(request.Header.Path, request.Fingerprint, request.Identity.Model, request.Identity.Simulation ?? "static",
            target.TrendyName, data.Name, axes, grid, timePlan, level, values, output, rules, fired, bag.Items, io);
        // The numeric conversion, recorded so that verify --source can recompute every value on its own (RecordedConversion).
        return plan with { Output = output with { GlobalAttributes = [.. output.GlobalAttributes, new(RecordedConversion.AttributeName, RecordedConversion.From(plan).Format())] } };
    }

    /// <summary>
    /// The reduced PFT axis of the grid-cell value, when the model's convention is known (<see cref="PftConvention"/>) and,
    /// for a cover-weighted mean, the cover fractions fit; otherwise a diagnostic says what would unlock it and the
    /// per-PFT product is written alone (docs/quirks.md, "Per-PFT fields").
    /// </summary>
    private LevelAxis? PftGridcell(PlanRequest request, VariableInfo data, LevelAxis level, IReadOnlyList<SourceAxis> axes, TimeAxisPlan time,
        TargetSpec target, Where where, DiagnosticBag bag, List<string> rules, List<FiredFix> fired)
    {
        var at = where.WithAttribute(level.SourceDimension);
        if (PftConvention.Find(data, level.SourceDimension, target, request.Fixes) is not { } convention)
        {
            bag.Add(Diagnostic.Note(GridCodes.PftConventionUnknown, at, $"the convention of the grid-cell {target.TrendyName} (sum or cover-weighted mean over PFTs)",
                "a per-PFT field with neither a fixes entry nor cell_methods naming the PFT dimension; written under pft/ only",
                "add " + PftConvention.UnlockingFix(request.Identity.Model, target.TrendyName)));
            return null;
        }

        if (convention.Fix is { } fix) fired.Add(fix);
        var reduced = level with { Reduce = true, Method = convention.Method, Names = null };
        if (convention.Method == ReductionMethod.Sum)
        {
            rules.Add("level:gridcell-sum-over-pft");
            return reduced;
        }

        var (weights, problem) = request.CoverFractions is { } cover
            ? CoverWeightsPlanner.Plan(request.Header, axes, time.Steps, cover, units)
            : (null, $"no landCoverFrac file of {request.Identity.Model} {request.Identity.Simulation} beside the data");
        if (weights is null)
        {
            bag.Add(Diagnostic.Warning(GridCodes.PftCoverMissing, at, $"cover fractions for the cover-weighted mean of {target.TrendyName} ({convention.Source})",
                problem!, "put the model's landCoverFrac file of the same simulation on the same grid beside the data; written under pft/ only"));
            return null;
        }

        rules.Add("level:gridcell-cover-weighted-mean-over-pft");
        rules.Add(weights.Rule);
        return reduced with { Weights = weights };
    }

    private ValuePlan? PlanValues(VariableInfo data, TargetSpec target, PlanRequest request, Where where, DiagnosticBag bag, List<string> rules, List<FiredFix> fired)
    {
        var source = data.AttributeIgnoreCase("units")?.Text;
        if (source is null && data.Attribute("unit")?.Text is { } alt)
        {
            source = alt;
            rules.Add("units:from-attribute-unit");
        }

        if (request.Fixes.UnitFixFor(target.TrendyName, source) is { } unitFix)
        {
            fired.Add(new(FixIds.Of(request.Fixes.Key, unitFix), $"{request.Fixes.Key}: units '{unitFix.Found}' → '{unitFix.Replacement}' ({unitFix.Seen})"));
            source = unitFix.Replacement;
        }

        var unitPlan = new UnitPlanner(units).Plan(source, target.Units, where.WithAttribute("units"));
        bag.AddRange(unitPlan.Diagnostics);
        if (unitPlan.Step is not { } step) return null;
        rules.AddRange(step.RulesApplied.Select(r => "units:" + r));
        var factor = step.Factor;
        var offset = step.Offset;
        if (request.Fixes.SignFixFor(target.TrendyName, data.Text("positive")) is { } sign)
        {
            fired.Add(new(FixIds.Of(request.Fixes.Key, sign), $"{request.Fixes.Key}: sign of {target.TrendyName} flipped ({sign.Seen})"));
            factor = -factor;
            offset = -offset;
        }

        var (scale, add, fills, min, max, packRules) = PackingAndMask.Read(data);
        rules.AddRange(packRules);
        rules.Add("values:mask-nan-inf-and-sentinels");
        return new ValuePlan(scale, add, fills, min, max, true, factor, offset, step.DivideByInterval, source ?? "", target.Units);
    }

    private static SourceAxis? Require(IReadOnlyList<SourceAxis> axes, AxisRole role, Where where, DiagnosticBag bag, string code, string expected)
    {
        var found = axes.FirstOrDefault(a => a.Role == role);
        if (found is null && !bag.HasErrors)
        {
            bag.Add(Diagnostic.Error(code, where, expected, $"dimensions ({string.Join(", ", axes.Select(a => a.Dimension))})",
                role == AxisRole.Time ? "static fields need a time axis for ILAMB; provide one or convert it as a companion" : "the variable must be on a lat/lon grid"));
        }

        return found;
    }

    private static IReadOnlyList<KeyValuePair<string, string>> Globals(PlanRequest r, TargetSpec t, TimeAxisPlan time, List<string> rules, List<FiredFix> fired,
        List<KnownIssue> issues, string externalVariables)
    {
        var id = r.Identity;
        var fp = r.Fingerprint;
        List<KeyValuePair<string, string>> extra = issues.Count == 0 ? [] : [new("conversion_known_issues", string.Join("; ", issues.Select(i => i.Note)))];
        List<KeyValuePair<string, string>> external = externalVariables.Length == 0 ? [] : [new("external_variables", externalVariables)];
        var comment = $"TRENDY {id.Simulation ?? "static"} output of {id.Model} ('{t.TrendyName}' in {fp.FileName}) converted by trendy2ilamb for ILAMB: "
                      + $"CF time axis with bounds, values in {t.Units}; cell areas and land fraction are in the model's areacella and sftlf files (OUT/{id.Simulation ?? "static"}/{OutputNaming.ModelFolder(id.Model)}).";
        return
        [
            new("Conventions", "CF-1.8"),
            new("title", $"{id.Model} {id.Simulation} {t.VariableId}: TRENDY output converted for ILAMB"),
            .. RecommendedGlobals.For(id.Model, r.Header.GlobalAttributes, comment),
            .. external,
            new("source_id", OutputNaming.SourceId(id.Model, id.Simulation ?? "static")),
            new("experiment_id", id.Simulation ?? "static"),
            new("member_id", OutputNaming.MemberId(id.Simulation ?? "static")),
            new("variant_label", OutputNaming.VariantLabel),
            new("grid_label", OutputNaming.Grid),
            new("variable_id", t.VariableId),
            new("table_id", OutputNaming.TableFor(t.CmipTable, time.Frequency)),
            new("frequency", OutputNaming.FrequencyLabel(time.Frequency)),
            new("realm", "land"),
            new("trendy_variable", t.TrendyName),
            // The file's name in the release, not the name of a staged copy of an archive (docs/usage.md, "--tmp"), so that
            // provenance and verify --source find the file the user has.
            new("source_file", Path.GetFileName(id.RelativePath) is { Length: > 0 } released ? released : fp.FileName),
            new(SourceSizeAttribute, fp.Size.ToString(CultureInfo.InvariantCulture)),
            new(SourceMtimeAttribute, fp.Modified.ToUniversalTime().ToString("o", CultureInfo.InvariantCulture)),
            new(SourceHashAttribute, fp.HeaderSha256),
            new(ResumeAttribute, r.Options.ResumeKey),
            new("conversion_rules", string.Join("; ", rules.Append(time.Rule).Distinct())),
            new("conversion_fixes", fired.Count == 0 ? "none" : string.Join("; ", fired)),
            .. extra,
        ];
    }
}
