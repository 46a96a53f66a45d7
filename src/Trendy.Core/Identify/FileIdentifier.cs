using Trendy.Core.Diagnostics;
using Trendy.Core.Fixes;
using Trendy.Core.Targets;

namespace Trendy.Core.Identify;

/// <summary>
/// Reads what a file is from its path relative to the release root — model folder, prefix, simulation,
/// variable, archive, name variant — and decides what it should become. Pure: no file is touched.
/// </summary>
public sealed class FileIdentifier(TargetCatalog catalog, FixTable fixes)
{
    /// <summary>Folders that hold no simulation (Resources/folders.csv). Files in them are identified by name unless ignored there.</summary>
    private static readonly NonSimulationFolders Folders = NonSimulationFolders.LoadEmbedded();

    /// <summary>Identifies the file at <paramref name="relativePath"/> ('/' or '\' separated, relative to the release root).</summary>
    /// <param name="relativePath">The path; its name says model, simulation and variable.</param>
    /// <param name="options">Command-line overrides.</param>
    /// <param name="content">What the file's leading bytes are, when discovery read them: NetCDF content is converted
    /// whatever the suffix, and a wrapper found by content is unpacked even under a plain name.</param>
    public FileIdentity Identify(string relativePath, IdentifyOptions? options = null, FileContent? content = null)
    {
        content ??= FileContent.NotRead;
        options ??= IdentifyOptions.None;
        var segments = relativePath.Split(['/', '\\'], StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0) throw new ArgumentException("empty path", nameof(relativePath));
        var path = string.Join('/', segments);
        var fileName = segments[^1];
        var modelDir = segments.Length > 1 ? segments[0] : null;
        var folders = segments.Length > 2 ? segments[1..^1] : [];
        var ctx = new IdentifyContext(path, modelDir, options);
        ReadFolders(folders, ctx);

        if (ctx.NonSimFolder is { } nonSim && Folders.IgnoreReason(nonSim) is { } ignoredWhy)
            return ctx.Finish(FileDisposition.Ignored, $"in folder '{nonSim}': {ignoredWhy}");
        var split = FileSuffix.SplitNetCdf(fileName);
        if (split is null && content.IsNetCdf)
        {
            split = FileSuffix.SplitByContent(fileName, content);
            var suffix = split.Value.Suffix.Length > 0 ? $"the name ends '{split.Value.Suffix}'" : "the name has no suffix";
            ctx.Rules.Add(new(NameRuleIds.Content, $"{content.Label} recognised by its leading bytes ({suffix})"));
        }
        else if (split is { Kind: ArchiveKind.None } plain && content.IsNetCdf && content.Wrapper != ArchiveKind.None)
        {
            split = plain with { Kind = content.Wrapper };
            ctx.Rules.Add(new(NameRuleIds.Content, $"{content.Label} recognised by its leading bytes under a plain '{plain.Suffix}' name"));
        }

        if (split is null)
            return ctx.Finish(FileDisposition.Ignored, FileSuffix.WhyIgnored(fileName));
        ctx.Archive = split.Value.Kind;
        if (split.Value.Kind != ArchiveKind.None) ctx.Rules.Add(new(NameRuleIds.Archive, $"{split.Value.Suffix} stripped; not part of the variable"));

        var entry = fixes.ForModel(modelDir ?? options.Model ?? "");
        IEnumerable<string> names = modelDir is null && !entry.IsKnown ? fixes.AllNames : entry.Names.Append(modelDir ?? "");
        var parsed = FileNameParser.Parse(split.Value.Stem, names.Where(n => n.Length > 0), t => IsKnownToken(entry, t));
        ctx.Rules.InsertRange(0, parsed.Rules);
        if (modelDir is null && parsed.Prefix is not null && !entry.IsKnown) entry = fixes.ForModel(parsed.Prefix);
        ctx.Model = options.Model ?? modelDir ?? (entry.IsKnown ? entry.Key : parsed.Prefix) ?? "unknown";
        ctx.Parsed = parsed;
        CheckPrefix(parsed.Prefix, modelDir, entry, ctx);
        ResolveSimulation(parsed.Simulation, ctx);
        ResolveVariable(parsed.Token, entry, ctx);
        return Decide(ctx);
    }

    private static void ReadFolders(string[] folders, IdentifyContext ctx)
    {
        foreach (var folder in folders)
        {
            if (Folders.Contains(folder)) ctx.NonSimFolder = folder;
        }
        for (var i = folders.Length - 1; i >= 0 && ctx.FolderSimulation is null; i--)
        {
            var (sim, revision) = SimulationName.FromFolder(folders[i]);
            if (sim is null) continue;
            ctx.FolderSimulation = sim;
            ctx.FolderName = folders[i];
            ctx.Revision = revision;
            if (revision is not null) ctx.Rules.Add(new(NameRuleIds.RevisedFolder, $"folder '{folders[i]}' is simulation {sim}, revision '{revision}'"));
        }
        if (ctx.NonSimFolder is { } n) ctx.Rules.Add(new(NameRuleIds.NonSimulationFolder, $"folder '{n}' holds no simulation"));
    }

    private bool IsKnownToken(ModelFixes entry, string token) =>
        entry.AliasFor(token) is not null || catalog.Find(token) is not null || CompanionNames.Of(token) != CompanionKind.None;

    private void CheckPrefix(string? prefix, string? modelDir, ModelFixes entry, IdentifyContext ctx)
    {
        if (prefix is null || modelDir is null || string.Equals(prefix, modelDir, StringComparison.Ordinal)) return;
        if (string.Equals(prefix, modelDir, StringComparison.OrdinalIgnoreCase))
        {
            // VISIT-UT → visit-ut_ (v13), YIBS → YIBs_ (v12), LPJml → LPJmL_: same name, other case.
            ctx.Rules.Add(new(NameRuleIds.PrefixAlias, $"prefix '{prefix}' differs from folder '{modelDir}' only in case"));
            return;
        }
        if (entry.IsKnown && entry.HasPrefix(prefix))
        {
            ctx.Rules.Add(new(NameRuleIds.PrefixAlias, $"prefix '{prefix}' means model folder '{modelDir}' (fixes: {entry.Key})"));
            return;
        }
        var owner = fixes.ForModel(prefix);
        var severity = owner.IsKnown ? Severity.Warning : Severity.Note;
        var found = owner.IsKnown ? $"prefix '{prefix}', a name of model '{owner.Key}'" : $"prefix '{prefix}'";
        ctx.Diagnostics.Add(new Diagnostic(IdentifyCodes.UnknownPrefix, severity, ctx.Where,
            $"a file prefix of model folder '{modelDir}' ({string.Join(", ", entry.Prefixes.DefaultIfEmpty(modelDir))})", found,
            "the file may sit in the wrong model folder; if the prefix is right, add it to the model's \"prefixes\" in a --fixes file"));
    }

    private static void ResolveSimulation(string? fileSim, IdentifyContext ctx)
    {
        ctx.Simulation = fileSim;
        if (fileSim is not null && ctx.FolderSimulation is not null && fileSim != ctx.FolderSimulation)
        {
            ctx.Diagnostics.Add(Diagnostic.Warning(IdentifyCodes.SimulationMismatch, ctx.Where,
                $"simulation {ctx.FolderSimulation} (folder '{ctx.FolderName}')", $"{fileSim} in the file name",
                "the file name is trusted; move the file or pass --simulation"));
        }
        if (ctx.Options.Simulation is { } forced)
        {
            ctx.Rules.Add(new(NameRuleIds.Override, $"--simulation {forced}"));
            if (!string.Equals(forced, fileSim, StringComparison.Ordinal))
                ctx.Diagnostics.Add(Diagnostic.Note(IdentifyCodes.Overridden, ctx.Where, $"simulation {forced} (--simulation)", fileSim ?? "no simulation in the file name", ""));
            ctx.Simulation = forced;
        }
        if (ctx.Options.Model is { } model && !string.Equals(model, ctx.ModelDirectory, StringComparison.Ordinal))
        {
            ctx.Rules.Add(new(NameRuleIds.Override, $"--model {model}"));
            ctx.Diagnostics.Add(Diagnostic.Note(IdentifyCodes.Overridden, ctx.Where, $"model {model} (--model)", ctx.ModelDirectory ?? "no model folder", ""));
        }
    }

    private void ResolveVariable(string token, ModelFixes entry, IdentifyContext ctx)
    {
        var name = token;
        if (entry.AliasFor(token) is { } alias)
        {
            name = alias.To;
            ctx.Rules.Add(new(NameRuleIds.ModelAlias, $"{alias.From} → {alias.To} ({alias.Seen})"));
        }
        var spec = catalog.FindExact(name);
        if (spec is null && catalog.Find(name) is { } folded)
        {
            spec = folded;
            ctx.Rules.Add(new(NameRuleIds.CaseFolded, $"{name} → {folded.TrendyName}"));
        }
        ctx.Target = spec;
        ctx.Companion = CompanionNames.Of(spec?.TrendyName ?? name);
        if (ctx.Companion != CompanionKind.None) ctx.Rules.Add(new(NameRuleIds.Companion, $"{name} is a {ctx.Companion} source"));
    }

    private static FileIdentity Decide(IdentifyContext ctx)
    {
        var p = ctx.Parsed!;
        var t = ctx.Target;
        if (ctx.NonSimFolder is { } folder && ctx.Companion == CompanionKind.None)
        {
            ctx.Diagnostics.Add(Diagnostic.Note(IdentifyCodes.NonSimulationFolder, ctx.Where, "model output in a simulation folder",
                $"a file in folder '{folder}'", "it may supersede a file of the same name in the simulation folder; check which to keep"));
        }
        if (ctx.Companion != CompanionKind.None) return ctx.Finish(FileDisposition.Companion, $"{ctx.Companion} source for sftlf/areacella");
        if (p.Qualifier == "OBS")
            return ctx.Finish(FileDisposition.Skipped, "_OBS copy (CARDAMOM): meaning undocumented; not converted so it cannot overwrite the model's own output");
        if (p.Qualifier == "mean_annual")
            return ctx.Finish(FileDisposition.Skipped, "mean_annual summary: not a time series; the full series is the source");
        if (ctx.Simulation is null)
            return ctx.Finish(FileDisposition.StaticCandidate, t is null
                ? $"static file; '{p.Token}' is not in the variable table"
                : $"static file without a simulation; {t.TrendyName} needs a time axis to be benchmarked");
        if (t is null) return ctx.Finish(FileDisposition.Skipped, $"variable '{p.Token}' is not in the variable table (variables.csv)");
        if (t.Role == TargetRole.IlambSide)
            return ctx.Finish(FileDisposition.Skipped, $"'{t.TrendyName}' is an ILAMB-side name (observation name or derived by ILAMB); converting it would shadow ILAMB's own derivation");
        return ctx.Finish(FileDisposition.Convert, null);
    }
}
