using Trendy.Core.Batch;
using Trendy.Core.Companions;
using Trendy.Core.Identify;
using Trendy.Core.Planning;
using Trendy.Pipeline.Conversion;
using Trendy.Pipeline.Scheduling;
using Trendy.Pipeline.Tests.Conversion;

namespace Trendy.Pipeline.Tests.Scheduling;

/// <summary>The one request a worker gets per item: settings and item (with its typed job) survive the wire unchanged.</summary>
public sealed class WorkerRequestTests
{
    private static readonly ConversionSettings Settings =
        new("/out", new ConvertOptions(64L * 1024 * 1024, 4, OutputFormat.NetCdf3Offset64), "/tmp/trendy2ilamb-staging-x", "trendy2ilamb convert /rel -o /out --deflate 4", "/etc/fixes.json", Force: true);

    private static WorkerRequest RoundTrip(WorkerRequest request) =>
        Assert.IsType<WorkMessage>(WorkerProtocol.TryParse(WorkerProtocol.Serialize(new WorkMessage(request)))).Request;

    [Fact]
    public void ConvertRequest_RoundTrip_SettingsAndIdentityUnchanged()
    {
        var identity = Harness.Service.Identify("CLASSIC/S3/CLASSIC_S3_gpp.nc.gz");
        Assert.Equal(FileDisposition.Convert, identity.Disposition);
        var item = new WorkItem("CLASSIC/S3/CLASSIC_S3_gpp.nc.gz", "/rel/CLASSIC/S3/CLASSIC_S3_gpp.nc.gz", "CLASSIC", "S3", "gpp", 1234) { Job = new ConvertFileJob(identity) };

        var back = RoundTrip(WorkerRequest.For(item, Settings));

        Assert.Equal(WorkerRequest.CurrentVersion, back.Version);
        Assert.Equal(Settings, back.Settings);
        Assert.Equal(item with { Job = null }, back.Item with { Job = null });
        var job = Assert.IsType<ConvertFileJob>(back.Item.Job);
        Assert.Equal(identity.Target, job.Identity.Target);
        Assert.Equal(ArchiveKind.Gzip, job.Identity.Archive);
        Assert.Equal(identity.Rules, job.Identity.Rules);
        Assert.Equal(identity.Diagnostics, job.Identity.Diagnostics);
        Assert.Equal(WorkerProtocol.Serialize(new WorkMessage(WorkerRequest.For(item, Settings))), WorkerProtocol.Serialize(new WorkMessage(back)));
    }

    [Fact]
    public void CompanionRequest_RoundTrip_FolderAndSourcesUnchanged()
    {
        var source = new CompanionSourceFile("/rel/CLASSIC/CLASSIC_landfrac.nc", "CLASSIC/CLASSIC_landfrac.nc", "CLASSIC", null, "landfrac", CompanionKind.LandFraction, false);
        var item = new WorkItem("S3/CLASSIC/areacella+sftlf", "/out/S3/CLASSIC", "CLASSIC", "S3", "areacella+sftlf", 0)
        {
            Job = new CompanionFolderJob("/out/S3/CLASSIC", [source]),
        };

        var back = RoundTrip(WorkerRequest.For(item, Settings));

        var job = Assert.IsType<CompanionFolderJob>(back.Item.Job);
        Assert.Equal("/out/S3/CLASSIC", job.Folder);
        Assert.Equal(source, Assert.Single(job.Sources));
        Assert.Equal(Settings, back.Settings);
    }
}
