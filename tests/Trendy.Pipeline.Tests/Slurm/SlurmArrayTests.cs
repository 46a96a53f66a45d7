using System.Diagnostics;
using System.Globalization;
using System.Runtime.Versioning;
using System.Text;
using System.Text.RegularExpressions;
using Trendy.Core.Batch;
using Trendy.Native.Netcdf;
using Trendy.Pipeline.Reporting;
using Trendy.Pipeline.Tests.Cli;
using Trendy.Testing;

namespace Trendy.Pipeline.Tests.Slurm;

/// <summary>
/// End to end on a real (one-node, local) Slurm: the script `trendy2ilamb slurm` prints is run with bash, its
/// array tasks convert their shards, the dependent job merges the shard reports.
/// </summary>
[SupportedOSPlatform("linux")]
public sealed partial class SlurmArrayTests
{
    private const int Shards = 3;
    private static readonly TimeSpan JobsTimeout = TimeSpan.FromMinutes(4);
    private static readonly TimeSpan ClientTimeout = TimeSpan.FromSeconds(30);

    [SlurmFact]
    public void SubmitScript_OnLocalSlurm_ArrayConvertsEveryFileOnceAndReportJobMerges()
    {
        using var dir = new TempDir();
        var root = Path.Combine(dir.Path, "release");
        var output = Path.Combine(dir.Path, "out");
        var inputs = ReleaseFixture.Write(root, ["ModelA", "ModelB"], ["S2", "S3"], ["gpp", "ra", "rh"]);
        var wrapper = WriteWrapper(dir.Path);
        var (exit, script, stderr) = CliRunner.Run("slurm", root, "-o", output, "--array", Shards.ToString(CultureInfo.InvariantCulture),
            "--cpus-per-task", "1", "--time", "00:10:00", "--executable", wrapper);
        Assert.True(exit == 0, script + stderr);
        var scriptPath = Path.Combine(dir.Path, "submit.sh");
        File.WriteAllText(scriptPath, script);

        using var cluster = SlurmCluster.Start();
        var submit = cluster.Run("bash", ClientTimeout, scriptPath);
        Assert.True(submit.Exit == 0, $"submit script failed ({submit.Exit}):\n{submit.Stdout}{submit.Stderr}\n{cluster.LogTails()}");
        var ids = Submitted().Match(submit.Stdout);
        Assert.True(ids.Success, "unexpected submit output: " + submit.Stdout);
        var (arrayJob, reportJob) = (ids.Groups[1].Value, ids.Groups[2].Value);

        WaitUntilFinished(cluster, output, arrayJob, reportJob);
        var states = JobStates(cluster, arrayJob).Concat(JobStates(cluster, reportJob)).ToList();
        Assert.True(states.Count == Shards + 1 && states.All(s => s == "COMPLETED 0:0"),
            $"expected {Shards} array tasks and the report job COMPLETED with exit 0:0, found: {string.Join(", ", states)}\n{JobLogs(output)}");

        // merged.json: every input file exactly once, converted, plus one companion item (areacella+sftlf) per
        // model folder; made from the three shard reports.
        var reports = Path.Combine(output, ReportStore.FolderName);
        var merged = ReportJson.Deserialize(File.ReadAllText(Path.Combine(reports, ReportStore.MergedName + ".json")));
        var expected = inputs.Select(Path.GetFullPath).Order(StringComparer.Ordinal).ToList();
        var (files, companions) = Split(merged.Entries, root);
        Assert.Equal(expected, files.Select(e => e.InputPath).Order(StringComparer.Ordinal).ToList());
        Assert.All(merged.Entries, e => Assert.True(e.Status == WorkStatus.Converted, $"{e.Id}: {e.Status} {e.ReasonCode} {e.Message}"));
        var folders = files.Select(e => Path.GetDirectoryName(e.OutputPath!)!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(folders, companions.Select(e => e.InputPath).Order(StringComparer.Ordinal).ToList());
        Assert.Equal(Shards, merged.MergedFrom.Count);

        // Each array task wrote its own shard report, and the shards split the release: every file in exactly one.
        var shardFiles = new List<string>();
        for (var k = 1; k <= Shards; k++)
        {
            var found = Directory.GetFiles(reports, $"run-*-shard-{k}.json");
            Assert.True(found.Length == 1, $"expected one report of shard {k}, found: {string.Join(", ", Directory.GetFiles(reports))}");
            var shard = ReportJson.Deserialize(File.ReadAllText(found[0]));
            Assert.Equal($"{k}/{Shards}", shard.Shard);
            var own = Split(shard.Entries, root).Files;
            Assert.True(own.Count > 0, $"shard {k} converted nothing");
            shardFiles.AddRange(own.Select(e => e.InputPath));
        }

        Assert.Equal(expected, shardFiles.Order(StringComparer.Ordinal).ToList());

        // On disk: each converted file and one areacella per model folder (the fixture has no land fraction), all readable.
        var outputs = Directory.EnumerateFiles(output, "*.nc", SearchOption.AllDirectories)
            .Where(p => !Path.GetFileName(p).StartsWith('.') && !p.Contains("/reports/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();
        var converted = files.Select(e => e.OutputPath!).ToHashSet(StringComparer.Ordinal);
        Assert.Subset(outputs.ToHashSet(StringComparer.Ordinal), converted);
        var areas = outputs.Where(p => !converted.Contains(p)).ToList();
        Assert.All(areas, p => Assert.StartsWith("areacella_fx_", Path.GetFileName(p), StringComparison.Ordinal));
        Assert.Equal(folders, areas.Select(p => Path.GetDirectoryName(p)!).Order(StringComparer.Ordinal).ToList());
        foreach (var path in outputs)
        {
            using var f = NcFile.OpenRead(path);
            Assert.NotEmpty(f.ReadHeader().Variables);
        }

        var leftovers = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
            .Where(p => Path.GetFileName(p).Contains(".tmp-", StringComparison.Ordinal)).ToList();
        Assert.True(leftovers.Count == 0, "temporary files left: " + string.Join(", ", leftovers));
    }

    /// <summary>Report entries of input files (under the release root) and of companion items (model folders under OUT).</summary>
    private static (List<ReportEntry> Files, List<ReportEntry> Companions) Split(IEnumerable<ReportEntry> entries, string root)
    {
        var prefix = Path.GetFullPath(root) + Path.DirectorySeparatorChar;
        var all = entries.ToList();
        return ([.. all.Where(e => e.InputPath.StartsWith(prefix, StringComparison.Ordinal))],
            [.. all.Where(e => !e.InputPath.StartsWith(prefix, StringComparison.Ordinal))]);
    }

    /// <summary>sbatch runs the executable itself, so the tool needs a path of its own: a script that starts the dll.</summary>
    private static string WriteWrapper(string folder)
    {
        var path = Path.Combine(folder, "trendy2ilamb");
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
        File.WriteAllText(path, $"#!/bin/sh\nexec '{dotnet}' '{CliRunner.Dll}' \"$@\"\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        return path;
    }

    /// <summary>Waits (bounded) until neither the array's tasks nor the report job are pending or running.</summary>
    private static void WaitUntilFinished(SlurmCluster cluster, string output, string arrayJob, string reportJob)
    {
        var clock = Stopwatch.StartNew();
        var queue = "";
        while (clock.Elapsed < JobsTimeout)
        {
            var (exit, stdout, stderr) = cluster.Run("squeue", ClientTimeout, "-h", "-j", $"{arrayJob},{reportJob}", "-o", "%i %T %r");
            Assert.True(exit == 0, $"squeue failed ({exit}): {stderr}\n{cluster.LogTails()}");
            queue = stdout.Trim();
            if (queue.Length == 0) return;
            Thread.Sleep(500);
        }

        Assert.Fail($"jobs still queued after {JobsTimeout.TotalMinutes:0} minutes:\n{queue}\n{JobLogs(output)}\n{cluster.LogTails()}");
    }

    /// <summary>"STATE exit:signal" of the job, one per array task.</summary>
    private static IEnumerable<string> JobStates(SlurmCluster cluster, string job)
    {
        var (exit, stdout, stderr) = cluster.Run("scontrol", ClientTimeout, "show", "job", "-o", job);
        Assert.True(exit == 0, $"scontrol show job {job} failed ({exit}): {stderr}");
        return stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JobState().Match(line))
            .Select(m => m.Success ? $"{m.Groups[1].Value} {m.Groups[2].Value}" : "unparsed");
    }

    /// <summary>The jobs' stdout and stderr files (OUT/slurm-logs), for failure messages.</summary>
    private static string JobLogs(string output)
    {
        var logs = Path.Combine(output, "slurm-logs");
        if (!Directory.Exists(logs)) return "(no job logs in " + logs + ")";
        var text = new StringBuilder();
        foreach (var file in Directory.EnumerateFiles(logs).Order(StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"--- {file}:\n").Append(File.ReadAllText(file));
        }

        return text.ToString();
    }

    [GeneratedRegex(@"submitted array job (\d+) \(\d+ tasks\) and report job (\d+)")]
    private static partial Regex Submitted();

    [GeneratedRegex(@"\bJobState=(\S+).*\bExitCode=(\S+)")]
    private static partial Regex JobState();
}
