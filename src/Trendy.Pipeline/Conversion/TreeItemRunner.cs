using Trendy.Core;
using Trendy.Core.Batch;
using Trendy.Core.Identify;
using Trendy.Pipeline.Cleanup;
using Trendy.Pipeline.Companions;
using Trendy.Pipeline.Discovery;

namespace Trendy.Pipeline.Conversion;

/// <summary>
/// The work function of one release item, the same in a worker process and for `convert FILE`: convert an identified
/// file (unpacking an archive when its identity says so) or write a model folder's companions, and always return an
/// outcome naming the original file. The item carries its identity: nothing is identified here.
/// </summary>
public sealed class TreeItemRunner(ConversionService service, ConversionSettings settings)
{
    /// <summary>Runs one item behind the last-resort barrier: whatever goes wrong, an outcome comes back.</summary>
    public WorkOutcome Run(WorkItem item, IProgress<double>? progress, CancellationToken cancel) =>
        FileBarrier.Run(item, settings.OutputRoot, () => RunUnguarded(item, progress, cancel), cancel);

    private WorkOutcome RunUnguarded(WorkItem item, IProgress<double>? progress, CancellationToken cancel) => item.Job switch
    {
        ConvertFileJob file => Convert(item, file.Identity, progress, cancel),
        CompanionFolderJob companions => ModelCompanions.WriteFolder(companions.Folder, companions.Sources),
        _ => throw new ArgumentException($"work item '{item.Id}' carries no job (neither a file to convert nor a companion folder)", nameof(item)),
    };

    private WorkOutcome Convert(WorkItem item, FileIdentity identity, IProgress<double>? progress, CancellationToken cancel)
    {
        var globals = settings.ExtraGlobals(DateTimeOffset.Now);
        if (identity.Archive == ArchiveKind.None) return service.Convert(new FileConversion(item, identity, settings, globals), progress, cancel);

        string staged;
        try
        {
            staged = ArchiveStager.Stage(item.InputPath, identity.Archive, settings.StagingFolder);
        }
        catch (TrendyException e)
        {
            return new WorkOutcome(item.Id, WorkStatus.Failed, ReasonCodes.ArchiveUnreadable, e.Message);
        }

        try
        {
            var outcome = service.Convert(new FileConversion(item with { InputPath = staged }, identity, settings, globals), progress, cancel);
            return outcome with { Message = outcome.Message.Replace(staged, item.InputPath, StringComparison.Ordinal) };
        }
        finally
        {
            ToolDeletion.DeleteFile(staged);
        }
    }
}
