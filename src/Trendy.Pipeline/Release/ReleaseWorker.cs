using Trendy.Core.Batch;
using Trendy.Core.Fixes;
using Trendy.Pipeline.Conversion;
using Trendy.Pipeline.Scheduling;

namespace Trendy.Pipeline.Release;

/// <summary>
/// The work function of a worker process (hidden <c>worker</c> command): runs each <see cref="WorkerRequest"/> with
/// the settings it carries. The service (variable table, fixes, UDUNITS-2) is built once and reused while the
/// settings stay the same, which they do for a whole run.
/// </summary>
public sealed class ReleaseWorker
{
    private (ConversionSettings Settings, TreeItemRunner Runner)? _current;

    public WorkOutcome Run(WorkerRequest request, IProgress<double>? progress, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(request);
        var item = request.Item;
        if (request.Settings is not { } settings)
        {
            return WorkOutcome.Failure(item, ReasonCodes.InternalError, $"{item.InputPath}: the worker request carries no settings; nothing was done; please report it", 1);
        }

        if (_current is not { } current || current.Settings != settings)
        {
            try
            {
                current = (settings, new TreeItemRunner(settings.CreateService(), settings));
            }
            catch (Exception e) when (e is FixesFileException or IOException or UnauthorizedAccessException)
            {
                // The coordinator read the same --fixes file before starting: it changed or vanished since.
                return WorkOutcome.Failure(item, ReasonCodes.WorkerStart,
                    $"{item.InputPath}: the worker could not load the fix table: {e.Message.ReplaceLineEndings(" ")}; restore --fixes {settings.FixesFile} and rerun", 1);
            }

            _current = current;
        }

        return current.Runner.Run(item, progress, cancel);
    }
}
