using Trendy.Pipeline.Cleanup;
using Trendy.Pipeline.Execution;
using Trendy.Testing;

namespace Trendy.Pipeline.Tests.Cleanup;

public sealed class ToolDeletionTests
{
    [Theory]
    [InlineData("notes.tmp")]
    [InlineData("gpp.nc")]
    [InlineData(".hidden")]
    [InlineData("staged-1-abc.nc")]
    [InlineData(".gpp.nc.tmp-")]
    [InlineData(".write-probe-12")]
    public void DeleteFile_UserNamedFile_IsRefusedAndKept(string name)
    {
        using var dir = new TempDir();
        var path = dir.File(name);
        File.WriteAllText(path, "precious");

        Assert.Equal(Removal.NotOurs, ToolDeletion.DeleteFile(path));
        Assert.Equal("precious", File.ReadAllText(path));
    }

    [Fact]
    public void DeleteFile_EveryNameTheToolMakes_IsRemoved()
    {
        using var dir = new TempDir();
        string[] names = [ToolNames.TempOutput("gpp_Lmon_M_S3_r1i1p1f1_gn_1901-2023.nc"), ToolNames.StagedInput(), ToolNames.TempText("run-1.json"), ToolNames.WriteProbe()];
        foreach (var n in names) File.WriteAllText(dir.File(n), "");

        Assert.All(names, n => Assert.Equal(Removal.Removed, ToolDeletion.DeleteFile(dir.File(n))));
        Assert.Empty(Directory.EnumerateFileSystemEntries(dir.Path));
    }

    [Fact]
    public void DeleteFile_SymlinkWithToolName_IsRefusedAndTargetKept()
    {
        using var dir = new TempDir();
        var target = dir.File("target.nc");
        File.WriteAllText(target, "precious");
        var link = dir.File(ToolNames.StagedInput());
        File.CreateSymbolicLink(link, target);

        Assert.Equal(Removal.NotOurs, ToolDeletion.DeleteFile(link));
        Assert.True(File.Exists(link));
        Assert.Equal("precious", File.ReadAllText(target));
    }

    [Fact]
    public void DeleteEmptyFolder_NonEmptyOrLink_IsRefused()
    {
        using var dir = new TempDir();
        var full = Directory.CreateDirectory(dir.File("full")).FullName;
        File.WriteAllText(Path.Combine(full, "keep.txt"), "x");
        var link = dir.File("link");
        Directory.CreateSymbolicLink(link, Directory.CreateDirectory(dir.File("empty-target")).FullName);

        Assert.Equal(Removal.NotOurs, ToolDeletion.DeleteEmptyFolder(full));
        Assert.Equal(Removal.NotOurs, ToolDeletion.DeleteEmptyFolder(link));
        Assert.True(File.Exists(Path.Combine(full, "keep.txt")));
        Assert.True(Directory.Exists(dir.File("empty-target")));
        Assert.Equal(Removal.Removed, ToolDeletion.DeleteEmptyFolder(dir.File("empty-target")));
    }

    [Fact]
    public void TempOutputSweep_DeadOwnerRemovedLiveAndForeignKept_LinksNotFollowed()
    {
        using var dir = new TempDir();
        var output = Directory.CreateDirectory(dir.File("out")).FullName;
        var model = Directory.CreateDirectory(Path.Combine(output, "S3", "M")).FullName;
        var dead = Path.Combine(model, $".gpp.nc.tmp-{Environment.MachineName}-{DeadPid()}-0123abcd");
        var mine = TempOutput.For(Path.Combine(model, "nbp.nc"));
        var otherHost = Path.Combine(model, ".ra.nc.tmp-some-other-host-12-0123abcd");
        foreach (var f in new[] { dead, mine, otherHost }) File.WriteAllText(f, "");
        // A link from the output tree to a folder elsewhere holding a dead-looking temp name: never entered.
        var elsewhere = Directory.CreateDirectory(dir.File("elsewhere")).FullName;
        var outside = Path.Combine(elsewhere, $".x.nc.tmp-{Environment.MachineName}-{DeadPid()}-0123abcd");
        File.WriteAllText(outside, "");
        Directory.CreateSymbolicLink(Path.Combine(output, "S3", "link"), elsewhere);

        Assert.Equal(1, TempOutput.Sweep(output));
        Assert.False(File.Exists(dead));
        Assert.True(File.Exists(mine) && File.Exists(otherHost) && File.Exists(outside));
    }

    [Fact]
    public void TempOutputSweep_FolderEmptiedBySweep_RemovedUpToButNotIncludingRoot()
    {
        using var dir = new TempDir();
        var output = Directory.CreateDirectory(dir.File("out")).FullName;
        var model = Directory.CreateDirectory(Path.Combine(output, "S3", "M")).FullName;
        File.WriteAllText(Path.Combine(model, $".gpp.nc.tmp-{Environment.MachineName}-{DeadPid()}-0123abcd"), "");

        Assert.Equal(1, TempOutput.Sweep(output));
        Assert.False(Directory.Exists(Path.Combine(output, "S3")));
        Assert.True(Directory.Exists(output));
    }

    /// <summary>A process id that no process has now.</summary>
    internal static int DeadPid()
    {
        for (var pid = 4_000_000; ; pid--)
        {
            if (!Directory.Exists($"/proc/{pid}")) return pid;
        }
    }
}
