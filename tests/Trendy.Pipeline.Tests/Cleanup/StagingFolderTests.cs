using Trendy.Pipeline.Cleanup;
using Trendy.Testing;

namespace Trendy.Pipeline.Tests.Cleanup;

[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class StagingFolderTests
{
    [Fact]
    public void Create_MakesPrivateFolderInsideParent_DisposeRemovesOnlyIt()
    {
        using var dir = new TempDir();
        var parent = dir.Path;
        File.WriteAllText(Path.Combine(parent, "KEEP.txt"), "precious");

        string path;
        using (var staging = StagingFolder.Create(parent))
        {
            path = staging.Path;
            Assert.Equal(parent, Path.GetDirectoryName(path));
            Assert.True(ToolNames.IsStagingFolder(Path.GetFileName(path)));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(path));
            File.WriteAllText(Path.Combine(path, ToolNames.StagedInput()), "staged");
        }

        Assert.False(Directory.Exists(path));
        Assert.Equal("precious", File.ReadAllText(Path.Combine(parent, "KEEP.txt")));
        Assert.True(Directory.Exists(parent));
    }

    [Fact]
    public void Dispose_ForeignFileInsideStagingFolder_KeepsFileAndFolder()
    {
        using var dir = new TempDir();
        var staging = StagingFolder.Create(dir.Path);
        var foreign = Path.Combine(staging.Path, "someone-elses.nc");
        File.WriteAllText(foreign, "x");

        staging.Dispose();

        Assert.True(File.Exists(foreign));
    }

    [Theory]
    [InlineData("missing", "does not exist")]
    [InlineData("a-file", "is a file")]
    public void Create_BadParent_RefusedWithReason(string name, string expected)
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("a-file"), "precious");

        var e = Assert.Throws<StagingFolderException>(() => StagingFolder.Create(dir.File(name)));

        Assert.Contains(expected, e.Message);
        Assert.Equal("precious", File.ReadAllText(dir.File("a-file")));
        Assert.False(Directory.Exists(dir.File("missing")));
    }

    [Fact]
    public void SweepDead_RemovesDeadRunsFoldersOnly()
    {
        using var dir = new TempDir();
        var dead = Directory.CreateDirectory(dir.File($"{ToolNames.StagingFolderPrefix}{Environment.MachineName}-{ToolDeletionTests.DeadPid()}-0123abcd")).FullName;
        File.WriteAllText(Path.Combine(dead, ToolNames.StagedInput()), "staged");
        var deadWithForeign = Directory.CreateDirectory(dir.File($"{ToolNames.StagingFolderPrefix}{Environment.MachineName}-{ToolDeletionTests.DeadPid()}-4567abcd")).FullName;
        File.WriteAllText(Path.Combine(deadWithForeign, "user.txt"), "x");
        var otherHost = Directory.CreateDirectory(dir.File($"{ToolNames.StagingFolderPrefix}other-host-5-0123abcd")).FullName;
        var lookalike = Directory.CreateDirectory(dir.File("trendy2ilamb-staging-notes")).FullName;
        using var live = StagingFolder.Create(dir.Path);

        Assert.Equal(1, StagingFolder.SweepDead(dir.Path));

        Assert.False(Directory.Exists(dead));
        Assert.True(File.Exists(Path.Combine(deadWithForeign, "user.txt")));
        Assert.True(Directory.Exists(otherHost) && Directory.Exists(lookalike) && Directory.Exists(live.Path));
    }
}
