using Trendy.Core.Batch;
using Trendy.Pipeline.Conversion;

namespace Trendy.Pipeline.Scheduling;

/// <summary>
/// Everything a worker process needs for one item, sent as one JSON object: the protocol version, the run's settings
/// and the work item (which carries its typed job). Workers take nothing from their command line, so the coordinator's
/// options are never turned back into arguments and parsed again. A worker that reads another version answers
/// <see cref="ReasonCodes.WorkerVersion"/> without doing anything (<see cref="WorkerHost"/>).
/// </summary>
/// <param name="Version">The request format; <see cref="CurrentVersion"/> when made by this build.</param>
/// <param name="Item">The item to run.</param>
/// <param name="Settings">The run's settings (null only for pools that run no conversion, e.g. tests).</param>
public sealed record WorkerRequest(int Version, WorkItem Item, ConversionSettings? Settings)
{
    /// <summary>Raised whenever the request or anything inside it (settings, item, job, identity) changes shape.</summary>
    public const int CurrentVersion = 1;

    public static WorkerRequest For(WorkItem item, ConversionSettings? settings) => new(CurrentVersion, item, settings);
}
