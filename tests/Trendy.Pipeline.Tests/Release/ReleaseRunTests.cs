using Trendy.Core.Batch;
using Trendy.Core.Identify;
using Trendy.Core.Planning;
using Trendy.Pipeline.Conversion;
using Trendy.Pipeline.Discovery;
using Trendy.Pipeline.Release;
using Trendy.Pipeline.Scheduling;
using Trendy.Pipeline.Tests.Cli;
using Trendy.Pipeline.Tests.Conversion;
using Trendy.Testing;

namespace Trendy.Pipeline.Tests.Release;

/// <summary>
/// The release run without worker processes: every item goes through the wire format (serialised request, parsed
/// back) to <see cref="ReleaseWorker"/> in this process, so the tests see what the scheduler was given and how it ended.
/// </summary>
public sealed class ReleaseRunTests
{
    private static ReleaseRequest Request(TempDir dir, Selection? selection = null) =>
        new(dir.File("release"), selection ?? Selection.Default, IdentifyOptions.None, ShardSpec.All, Jobs: 1, ItemTimeout: null,
            TmpParent: Directory.CreateDirectory(dir.File("tmp")).FullName,
            new ConversionSettings(dir.File("out"), new ConvertOptions(), StagingFolder: "", CommandLine: "trendy2ilamb convert (test)"));

    private static void WriteRelease(TempDir dir) =>
        ReleaseFixture.Write(dir.File("release"), ["CLASSIC"], ["S3"], ["gpp", "npp"], steps: 12, nlat: 6, nlon: 12);

    [Fact]
    public void Execute_FilesThenOneCompanionItemPerFolder_ThroughTheSchedulerAndOneReport()
    {
        using var dir = new TempDir();
        WriteRelease(dir);
        var pools = new RecordingPools(_ => null);

        ReleaseResult result;
        string staging;
        using (var run = ReleaseRun.Prepare(Request(dir), Harness.Service, pools.Create))
        {
            staging = run.Settings.StagingFolder;
            Assert.True(Directory.Exists(staging));
            result = run.Execute(null, CancellationToken.None);
        }

        Assert.Equal(2, pools.Batches.Count);
        Assert.All(pools.Batches[0], i => Assert.IsType<ConvertFileJob>(i.Job));
        Assert.Equal(["CLASSIC/S3/CLASSIC_S3_gpp.nc", "CLASSIC/S3/CLASSIC_S3_npp.nc"], pools.Batches[0].Select(i => Assert.IsType<ConvertFileJob>(i.Job).Identity.RelativePath).Order(StringComparer.Ordinal));
        var companion = Assert.IsType<CompanionFolderJob>(Assert.Single(pools.Batches[1]).Job);
        Assert.Equal(Path.Combine(Path.GetFullPath(dir.File("out")), "S3", "CLASSIC"), companion.Folder);
        Assert.All(result.Entries, e => Assert.True(e.Outcome.Status == WorkStatus.Converted, $"{e.Item.Id}: {e.Outcome.ReasonCode} {e.Outcome.Message}"));
        Assert.Equal(3, result.Entries.Count);
        Assert.Single(Directory.GetFiles(companion.Folder, "areacella_*.nc"));
        Assert.NotNull(result.Reports);
        Assert.True(File.Exists(result.Reports!.Json));
        Assert.Equal((3, false), (result.Report.Entries.Count, result.Interrupted));
        Assert.False(Directory.Exists(staging));
    }

    [Fact]
    public void Execute_CompanionWorkerDiesEveryTime_FolderFailsWithWorkerCrashAfterRetryFilesKept()
    {
        using var dir = new TempDir();
        WriteRelease(dir);
        var pools = new RecordingPools(item => item.Job is CompanionFolderJob ? WorkerAttempt.Failed(AttemptEnd.Died, "worker exited with code 139 (signal 11, SIGSEGV)") : null);

        using var run = ReleaseRun.Prepare(Request(dir), Harness.Service, pools.Create);
        var result = run.Execute(null, CancellationToken.None);

        var (item, outcome) = Assert.Single(result.Entries, e => e.Item.Job is CompanionFolderJob);
        Assert.Equal((WorkStatus.Failed, ReasonCodes.WorkerCrash, 2), (outcome.Status, outcome.ReasonCode, outcome.Attempts));
        Assert.Equal(2, pools.Attempts.Count(i => i.Id == item.Id));
        Assert.Equal(2, result.Entries.Count(e => e.Outcome.Status == WorkStatus.Converted));
        Assert.Equal(1, result.Failed);
        Assert.NotNull(result.Reports);
    }

    [Fact]
    public void Prepare_SelectionMatchingNothing_RefusedBeforeAnythingIsMade()
    {
        using var dir = new TempDir();
        WriteRelease(dir);

        var e = Assert.Throws<ReleaseRefusedException>(() => ReleaseRun.Prepare(Request(dir, new Selection(["CLASIC"], [], [], false)), Harness.Service));

        Assert.Contains("--models CLASIC: no model of that name", e.Message, StringComparison.Ordinal);
        Assert.Contains("known: CLASSIC", e.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(dir.File("tmp")));
    }

    /// <summary>
    /// Pools that run each item's request, serialised and parsed back as a worker reads it, in this process; an
    /// item for which <c>fail</c> gives an attempt ends with that attempt instead (a dead worker, say).
    /// </summary>
    private sealed class RecordingPools(Func<WorkItem, WorkerAttempt?> fail)
    {
        private readonly ReleaseWorker _worker = new();

        private Func<WorkItem, WorkerAttempt?> Fail { get; } = fail;

        public List<IReadOnlyList<WorkItem>> Batches { get; } = [];

        public List<WorkItem> Attempts { get; } = [];

        public IWorkerPool Create(int workers, ConversionSettings settings) => new Pool(this, settings);

        private sealed class Pool(RecordingPools owner, ConversionSettings settings) : IWorkerPool
        {
            private bool _counted;

            public int WorkerCount => 1;

            public Task<WorkerAttempt> RunAsync(int worker, WorkItem item, IProgress<double>? progress, CancellationToken cancellation)
            {
                if (!_counted) owner.Batches.Add([]);
                _counted = true;
                if (!owner.Batches[^1].Contains(item)) owner.Batches[^1] = [.. owner.Batches[^1], item];
                owner.Attempts.Add(item);
                if (owner.Fail(item) is { } failed) return Task.FromResult(failed);
                var line = WorkerProtocol.Serialize(new WorkMessage(WorkerRequest.For(item, settings)));
                var request = Assert.IsType<WorkMessage>(WorkerProtocol.TryParse(line)).Request;
                return Task.FromResult(WorkerAttempt.Completed(owner._worker.Run(request, progress, cancellation)));
            }

            public Task StopAsync() => Task.CompletedTask;

            public ValueTask DisposeAsync() => ValueTask.CompletedTask;
        }
    }
}
