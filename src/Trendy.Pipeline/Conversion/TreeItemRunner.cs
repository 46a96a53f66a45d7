using Trendy.Core;
using Trendy.Core.Batch;
using Trendy.Core.Identify;
using Trendy.Core.Planning;
using Trendy.Pipeline.Cleanup;
using Trendy.Pipeline.Discovery;

namespace Trendy.Pipeline.Conversion;

/// <summary>
/// The work function of one release item, the same in a worker process and in the in-process pool:
/// unpack an archive when needed, convert, and always return an outcome naming the original file.
/// </summary>
public sealed class TreeItemRunner(
    ConversionService service,
    string outputRoot,
    ConvertOptions options,
    IdentifyOptions overrides,
    IReadOnlyList<KeyValuePair<string, string>> extraGlobals,
    bool force,
    string stagingFolder)
{
    /// <summary>Converts one item behind the last-resort barrier: whatever goes wrong, an outcome comes back.</summary>
    public WorkOutcome Run(WorkItem item, IProgress<double>? progress, CancellationToken cancel) =>
        FileBarrier.Run(item, outputRoot, () => RunUnguarded(item, progress, cancel), cancel);

    private WorkOutcome RunUnguarded(WorkItem item, IProgress<double>? progress, CancellationToken cancel)
    {
        var relative = item.Options.GetValueOrDefault(DiscoveryResult.RelativePathOption) ?? Path.GetFileName(item.InputPath);
        var archive = service.Identify(relative, overrides, ContentSniffer.Sniff(item.InputPath)).Archive;
        if (archive == ArchiveKind.None) return service.Convert(item, relative, outputRoot, overrides, options, extraGlobals, force, progress, cancel);

        string staged;
        try
        {
            staged = ArchiveStager.Stage(item.InputPath, archive, stagingFolder);
        }
        catch (TrendyException e)
        {
            return new WorkOutcome(item.Id, WorkStatus.Failed, ReasonCodes.ArchiveUnreadable, e.Message);
        }

        try
        {
            var outcome = service.Convert(item with { InputPath = staged }, relative, outputRoot, overrides, options, extraGlobals, force, progress, cancel);
            return outcome with { Message = outcome.Message.Replace(staged, item.InputPath, StringComparison.Ordinal) };
        }
        finally
        {
            ToolDeletion.DeleteFile(staged);
        }
    }
}
