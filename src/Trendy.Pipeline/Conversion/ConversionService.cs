using Trendy.Core;
using Trendy.Core.Batch;
using Trendy.Core.Cf.Units;
using Trendy.Core.Diagnostics;
using Trendy.Core.Fixes;
using Trendy.Core.Identify;
using Trendy.Core.Planning;
using Trendy.Core.Targets;
using Trendy.Native.Udunits;
using Trendy.Pipeline.Execution;
using Trendy.Pipeline.Inspection;

namespace Trendy.Pipeline.Conversion;

/// <summary>
/// inspect → plan → (resume check) → execute → verify for one file already identified (by discovery, or by the
/// single-file command: once per file), with every fault turned into an outcome record: the run goes on whatever
/// one file does (docs/robustness.md). Used by the CLI for single files and by worker processes.
/// </summary>
public sealed class ConversionService(TargetCatalog catalog, FixTable fixes, IUnitConverter units)
{
    private readonly FileIdentifier _identifier = new(catalog, fixes);
    private readonly Planner _planner = new(units);

    /// <summary>The service a run uses: the embedded variable table, the embedded fixes with <paramref name="fixesFile"/> merged over them, UDUNITS-2.</summary>
    /// <exception cref="FixesFileException">The fixes file is malformed (a usage error where the CLI reads it first).</exception>
    public static ConversionService Create(string? fixesFile)
    {
        var fixes = FixTable.LoadEmbedded();
        if (fixesFile is not null) fixes = fixes.Merge(FixTable.Parse(File.ReadAllText(fixesFile), fixesFile));
        return new ConversionService(TargetCatalog.LoadEmbedded(), fixes, new UdunitsConverter());
    }

    public TargetCatalog Catalog => catalog;

    public FixTable Fixes => fixes;

    public FileIdentity Identify(string relativePath, IdentifyOptions? overrides = null, FileContent? content = null) =>
        _identifier.Identify(relativePath, overrides, content);

    /// <summary>Inspects and plans the file at <paramref name="path"/> (the input or its staged copy) without writing anything.</summary>
    public FileAttempt Plan(string path, FileIdentity identity, ConvertOptions options)
    {
        if (identity.Disposition != FileDisposition.Convert)
        {
            return new FileAttempt(path, identity, null, PlanResult.Skip(identity.Reason ?? identity.Disposition.ToString(), identity.Diagnostics), null);
        }

        try
        {
            var (header, fingerprint) = Inspector.Inspect(path);
            var request = new PlanRequest(header, fingerprint, identity, FixesFor(identity), options);
            return new FileAttempt(path, identity, header, _planner.Plan(request), null);
        }
        catch (TrendyException e)
        {
            return new FileAttempt(path, identity, null, null, e.Message);
        }
    }

    /// <summary>The model's fixes, found by folder name first, then by file prefix (they differ: CLM5.0 → CLM6.0_).</summary>
    public ModelFixes FixesFor(FileIdentity id)
    {
        foreach (var name in new[] { id.ModelDirectory, id.Prefix, id.Model })
        {
            if (name is not null && fixes.Knows(name)) return fixes.ForModel(name);
        }

        return fixes.ForModel(id.Model);
    }

    /// <summary>Converts one file into the settings' output root; never throws for data or I/O problems.</summary>
    public WorkOutcome Convert(FileConversion request, IProgress<double>? progress, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (item, settings) = (request.Item, request.Settings);
        var (outputRoot, options) = (settings.OutputRoot, settings.Options);
        var started = DateTime.UtcNow;
        var attempt = Plan(item.InputPath, request.Identity, options);
        WorkOutcome Outcome(WorkStatus status, string code, string message) => new(item.Id, status, code, message)
        {
            Seconds = (DateTime.UtcNow - started).TotalSeconds,
            Rules = attempt.Plan?.Plan?.Rules ?? [],
            Fixes = [.. attempt.Plan?.Plan?.Fixes.Select(f => f.Text) ?? []],
            FixIds = [.. attempt.Plan?.Plan?.Fixes.Select(f => f.Id) ?? []],
            Diagnostics = [.. (attempt.Plan?.Diagnostics ?? attempt.Identity.Diagnostics).Select(d => d.ToString())],
        };

        if (attempt.Fault is { } fault) return Outcome(WorkStatus.Failed, ReasonCodes.InputUnreadable, fault);
        if (attempt.Plan is { IsSkip: true } skip) return Outcome(WorkStatus.Skipped, ReasonCodes.Skipped, skip.SkipReason!);
        if (attempt.Plan?.Plan is not { } plan)
        {
            var first = attempt.Plan!.Diagnostics.First(d => d.Severity == Severity.Error);
            return Outcome(WorkStatus.Failed, first.Code, first.ToString());
        }

        var final = Path.Combine(outputRoot, plan.Output.RelativePath);
        if (!settings.Force && ResumeCheck.IsUpToDate(final, plan, options))
        {
            return Outcome(WorkStatus.UpToDate, ReasonCodes.UpToDate, $"{final} is up to date") with { OutputPath = final };
        }

        TestFault.At(TestFault.Plan, item.InputPath);
        try
        {
            var result = FileConverter.Execute(plan, outputRoot, options, request.ExtraGlobals, progress, cancel);
            return Outcome(WorkStatus.Converted, ReasonCodes.Ok, $"wrote {result.OutputPath}") with
            {
                OutputPath = result.OutputPath,
                Rules = [.. plan.Rules, .. result.PathRules ?? []],
                BytesIn = result.BytesRead,
                BytesOut = result.BytesWritten,
            };
        }
        catch (OperationCanceledException)
        {
            return Outcome(WorkStatus.Failed, ReasonCodes.Interrupted, $"{item.InputPath}: interrupted; no output written");
        }
        catch (Exception e) when (e is TrendyException or IOException or UnauthorizedAccessException)
        {
            if (OutputSpace.LooksFull(outputRoot, e))
            {
                return Outcome(WorkStatus.Failed, ReasonCodes.NoSpace,
                    $"{item.InputPath}: no space left on the output file system ({OutputSpace.FreeBytes(outputRoot) ?? 0:N0} bytes free); nothing kept ({e.Message.ReplaceLineEndings(" ")})");
            }

            var code = e switch
            {
                VerificationException => ReasonCodes.VerifyFailed,
                CorruptInputException => ReasonCodes.InputUnreadable,
                _ => ReasonCodes.ConvertFailed,
            };
            return Outcome(WorkStatus.Failed, code, e.Message.ReplaceLineEndings(" "));
        }
    }
}
