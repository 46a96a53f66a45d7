using System.Diagnostics;
using System.IO.Compression;
using Trendy.Pipeline.Cleanup;
using Trendy.Testing;

namespace Trendy.Pipeline.Tests.Cli;

/// <summary>`--tmp DIR` names a parent folder the tool never empties (docs/cleanup.md).</summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class TmpFolderTests
{
    [Fact]
    public void Convert_TmpHoldingUserFiles_EveryUserFileKeptAndNoToolFolderLeft()
    {
        using var dir = new TempDir();
        var (root, output, tmp) = Release(dir, ["ModelA", "ModelB"], steps: 24);
        var before = UserFiles.Plant(tmp, dir.File("elsewhere"));

        var (exit, stdout, stderr) = CliRunner.Run("convert", root, "-o", output, "--tmp", tmp, "-j", "2", "--no-progress");

        Assert.True(exit == 0, stdout + stderr);
        Assert.Equal(4, Directory.GetFiles(output, "gpp_*.nc", SearchOption.AllDirectories).Length);
        UserFiles.AssertUnchanged(tmp, before);
        Assert.Empty(StagingFolders(tmp));
    }

    [Fact]
    public async Task Convert_InterruptedWithSigint_UserFilesKeptAndStagingRemoved()
    {
        using var dir = new TempDir();
        var (root, output, tmp) = Release(dir, ["ModelA", "ModelB", "ModelC"], steps: 240);
        var before = UserFiles.Plant(tmp, dir.File("elsewhere"));
        using var run = Process.Start(CliRunner.StartInfo("convert", root, "-o", output, "--tmp", tmp, "-j", "2", "--no-progress"))!;
        var printed = PrintedAsync(run);
        WaitFor(run, () => StagedFiles(tmp).Count > 0);

        using (var kill = Process.Start("kill", ["-INT", "--", $"-{run.Id}"])) kill.WaitForExit();
        Assert.True(run.WaitForExit(TimeSpan.FromSeconds(30)), "the run did not stop within 30 s of SIGINT");

        UserFiles.AssertUnchanged(tmp, before);
        Assert.True(StagingFolders(tmp).Count == 0, "staging folder left after SIGINT\n" + await printed);
    }

    [Fact]
    public async Task Convert_WorkerKilledMidArchive_UserFilesKeptAndStagingRemovedByRunOrNextSweep()
    {
        using var dir = new TempDir();
        var (root, output, tmp) = Release(dir, ["ModelA", "ModelB", "ModelC"], steps: 240);
        var before = UserFiles.Plant(tmp, dir.File("elsewhere"));
        using var run = Process.Start(CliRunner.StartInfo("convert", root, "-o", output, "--tmp", tmp, "-j", "2", "--no-progress"))!;
        var printed = PrintedAsync(run);
        WaitFor(run, () => StagedFiles(tmp).Count > 0);

        // The staged file's name carries the worker's process id: kill -9 exactly that worker while it holds it.
        var staged = StagedFiles(tmp).FirstOrDefault();
        Assert.True(staged is not null, "no archive was being staged when the worker was to be killed");
        var pid = Path.GetFileName(staged).Split('-')[1];
        using (var kill = Process.Start("kill", ["-9", pid])) kill.WaitForExit();

        Assert.True(run.WaitForExit(TimeSpan.FromMinutes(3)), "the run did not finish");
        UserFiles.AssertUnchanged(tmp, before);
        if (StagingFolders(tmp).Count > 0)
        {
            // Whatever the run could not remove, the next run's sweep does once the owner is gone.
            Assert.Equal(0, CliRunner.Run("convert", root, "-o", output, "--tmp", tmp, "--no-progress").Exit);
        }

        Assert.True(StagingFolders(tmp).Count == 0, "staging folder left\n" + await printed);
        UserFiles.AssertUnchanged(tmp, before);
    }

    [Theory]
    [InlineData("a-file", "is a file")]
    [InlineData("missing", "does not exist")]
    public void Convert_TmpNotAFolder_ExitsTwoWithOneLineAndDeletesNothing(string name, string expected)
    {
        using var dir = new TempDir();
        var (root, output, _) = Release(dir, ["ModelA"], steps: 12);
        File.WriteAllText(dir.File("a-file"), "precious");

        foreach (var args in new[] { new[] { "convert", root, "-o", output, "--tmp", dir.File(name) }, ["convert", Directory.GetFiles(root, "*.gz", SearchOption.AllDirectories)[0], "-o", output, "--tmp", dir.File(name)] })
        {
            var (exit, stdout, stderr) = CliRunner.Run(args);

            Assert.True(exit == 2, $"exit {exit}\n{stdout}{stderr}");
            Assert.Contains(expected, stderr);
            Assert.Single(stderr.Trim().Split('\n'));
        }

        Assert.Equal("precious", File.ReadAllText(dir.File("a-file")));
        Assert.False(Directory.Exists(dir.File("missing")));
    }

    [Fact]
    public void Convert_TmpReadOnly_ExitsTwoWithOneLine()
    {
        using var dir = new TempDir();
        var (root, output, tmp) = Release(dir, ["ModelA"], steps: 12);
        File.WriteAllText(Path.Combine(tmp, "KEEP.txt"), "precious");
        var root_ = Environment.UserName == "root";
        // root writes through mode bits, so as root the folder is a read-only mount instead.
        if (root_) Run("mount", "-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", tmp);
        else File.SetUnixFileMode(tmp, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        try
        {
            var (exit, stdout, stderr) = CliRunner.Run("convert", root, "-o", output, "--tmp", tmp);

            Assert.True(exit == 2, $"exit {exit}\n{stdout}{stderr}");
            Assert.Contains("is not writable", stderr);
            Assert.Single(stderr.Trim().Split('\n'));
        }
        finally
        {
            if (root_) Run("umount", tmp);
            else File.SetUnixFileMode(tmp, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        Assert.Equal("precious", File.ReadAllText(Path.Combine(tmp, "KEEP.txt")));
    }

    /// <summary>A release whose gpp files are gzipped (so they are staged), an output path and an existing --tmp folder.</summary>
    private static (string Root, string Output, string Tmp) Release(TempDir dir, string[] models, int steps)
    {
        var root = dir.File("release");
        foreach (var path in ReleaseFixture.Write(root, models, ["S2", "S3"], ["gpp"], steps: steps, nlat: 90, nlon: 180))
        {
            using (var input = File.OpenRead(path))
            using (var gz = new GZipStream(File.Create(path + ".gz"), CompressionLevel.Fastest))
            {
                input.CopyTo(gz);
            }

            File.Delete(path);
        }

        return (root, dir.File("out"), Directory.CreateDirectory(dir.File("scratch")).FullName);
    }

    private static async Task<string> PrintedAsync(Process run)
    {
        var stdout = run.StandardOutput.ReadToEndAsync();
        var stderr = run.StandardError.ReadToEndAsync();
        return await stdout + await stderr;
    }

    private static List<string> StagingFolders(string tmp) => [.. Directory.GetDirectories(tmp).Where(d => ToolNames.IsStagingFolder(Path.GetFileName(d)))];

    private static List<string> StagedFiles(string tmp) =>
        [.. StagingFolders(tmp).SelectMany(d => Directory.Exists(d) ? Directory.GetFiles(d) : []).Where(f => ToolNames.IsStagedInput(Path.GetFileName(f)))];

    private static void WaitFor(Process run, Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (!run.HasExited && DateTime.UtcNow < deadline && !condition()) Thread.Sleep(5);
    }

    private static void Run(string program, params string[] args)
    {
        using var p = Process.Start(program, args);
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, $"{program} {string.Join(' ', args)} failed with {p.ExitCode}");
    }
}
