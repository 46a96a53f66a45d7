using Trendy.Core.Batch;

namespace Trendy.Core.Tests.Batch;

public sealed class SlurmScriptTests : IDisposable
{
    // Spaces, quotes and every shell metacharacter that has bitten a generated script.
    private const string NastyName = "TRENDY v12 it's $HOME `id` ; & | * ? [x] \"q\" \\ é";

    private readonly string _dir = Directory.CreateTempSubdirectory("slurm-script-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static SlurmOptions Options(string root, string output) => new(root, output, 8)
    {
        CpusPerTask = 4,
        TimeLimit = "02:00:00",
        JobName = "trendy-v12",
        ConvertArguments = ["--timeout", "30 min"],
    };

    [Fact]
    public void Render_Defaults_ContainsArrayResourcesAndDependency()
    {
        var text = SlurmScript.Render(Options("/data/in", "/data/out"));

        Assert.Contains("#SBATCH --array=1-8\n", text);
        Assert.Contains("#SBATCH --cpus-per-task=4\n", text);
        Assert.Contains("#SBATCH --time=02:00:00\n", text);
        Assert.Contains("#SBATCH --job-name=trendy-v12\n", text);
        Assert.Contains("--dependency=\"afterany:$array_job\"", text);
        Assert.Contains("report '/data/out'", text);
        Assert.Contains("--output=\"$log_dir/trendy-v12-%A_%a.out\"", text);
    }

    [Fact]
    public void Render_ClusterPlacementAndSetup_InBothJobsBeforeTheTool()
    {
        var text = SlurmScript.Render(Options("/data/in", "/data/out") with
        {
            Memory = "16G",
            Partition = "compute",
            Account = "proj-42",
            Qos = "normal",
            Constraint = "intel&ib",
            ExtraSbatchOptions = ["--mail-type=END", "--exclusive"],
            SetupLines = ["module load dotnet/10.0", "export DOTNET_ROOT=/opt/dotnet"],
        });

        Assert.StartsWith("#!/usr/bin/env bash\n# Submit with: bash THIS_FILE (not sbatch)", text, StringComparison.Ordinal);
        Assert.Contains("#SBATCH --mem=16G\n", text);
        foreach (var line in new[] { "--partition=compute", "--account=proj-42", "--qos=normal", "--constraint=intel&ib", "--mail-type=END", "--exclusive" })
        {
            Assert.Equal(2, text.Split($"#SBATCH {line}\n").Length - 1);
        }

        var array = text[..text.IndexOf("TRENDY_ARRAY_TASK\n)", StringComparison.Ordinal)];
        Assert.True(array.IndexOf("module load dotnet/10.0\nexport DOTNET_ROOT=/opt/dotnet\nset -euo pipefail\n", StringComparison.Ordinal) is > 0 and var at
            && at < array.IndexOf("exec ", StringComparison.Ordinal), array);
    }

    [Theory]
    [InlineData("Memory", "lots")]
    [InlineData("Qos", "a b")]
    [InlineData("Constraint", "x;rm")]
    [InlineData("Sbatch", "--mail-type=END --exclusive")]
    [InlineData("Sbatch", "mail")]
    [InlineData("Setup", "module load x\nrm -rf /")]
    public void Validate_UnsafeClusterOption_IsRefused(string field, string value)
    {
        var o = Options("/in", "/out");
        o = field switch
        {
            "Memory" => o with { Memory = value },
            "Qos" => o with { Qos = value },
            "Constraint" => o with { Constraint = value },
            "Sbatch" => o with { ExtraSbatchOptions = [value] },
            _ => o with { SetupLines = [value] },
        };

        Assert.Single(SlurmScript.Validate(o));
    }

    [Fact]
    public void Render_PathWithSpacesAndMetacharacters_PassesBashSyntaxCheck()
    {
        var path = Path.Combine(_dir, "render.sh");
        File.WriteAllText(path, SlurmScript.Render(Options("/in/" + NastyName, "/out/" + NastyName)));

        var result = Shell.Run("bash", ["-n", path], _dir, []);

        Assert.True(result.ExitCode == 0, result.Stderr);
    }

    [Fact]
    public void Render_SubmittedWithFakeSbatch_TaskGetsExactArgumentsAndReportDependsOnArray()
    {
        var root = Path.Combine(_dir, "in " + NastyName);
        var output = Path.Combine(_dir, "out " + NastyName);
        var bin = FakeTools();
        var options = Options(root, output) with { Executable = Path.Combine(bin, "trendy 2ilamb") };
        var submit = Path.Combine(_dir, "submit.sh");
        File.WriteAllText(submit, SlurmScript.Render(options));

        var submitted = Shell.Run("bash", [submit], _dir, [("PATH", bin + ":" + Environment.GetEnvironmentVariable("PATH"))]);
        Assert.True(submitted.ExitCode == 0, submitted.Stderr);
        var task = Shell.Run("bash", [Path.Combine(_dir, "job1.sh")], _dir,
            [("SLURM_ARRAY_TASK_ID", "3"), ("SLURM_ARRAY_TASK_MIN", "1"), ("SLURM_ARRAY_TASK_COUNT", "8"), ("SLURM_CPUS_PER_TASK", "4")]);
        Assert.True(task.ExitCode == 0, task.Stderr);
        var report = Shell.Run("bash", [Path.Combine(_dir, "job2.sh")], _dir, []);
        Assert.True(report.ExitCode == 0, report.Stderr);

        Assert.Equal(["convert", root, "-o", output, "--shard", "3/8", "-j", "4", "--timeout", "30 min"], ReadArgs("run1"));
        Assert.Equal(["report", output], ReadArgs("run2"));
        Assert.Contains("--dependency=afterany:4242", ReadArgs("sbatch2"));
        Assert.True(Directory.Exists(Path.Combine(output, "slurm-logs")));
        Assert.Contains("submitted array job 4242 (8 tasks) and report job 4243", submitted.Stdout);
    }

    [Fact]
    public void Render_DashLedRelativePath_NotTakenForAnOption()
    {
        var text = SlurmScript.Render(new SlurmOptions("-in", "out", 2));

        Assert.Contains(" convert './-in' -o 'out' ", text);
    }

    [Theory]
    [InlineData("bad name")]
    [InlineData("x;rm")]
    [InlineData("")]
    public void Validate_UnsafeJobName_Reported(string name)
    {
        var errors = SlurmScript.Validate(new SlurmOptions("/in", "/out", 2) { JobName = name });

        Assert.Contains(errors, e => e.Contains("job name", StringComparison.Ordinal));
        Assert.Throws<ArgumentException>(() => SlurmScript.Render(new SlurmOptions("/in", "/out", 2) { JobName = name }));
    }

    [Fact]
    public void Validate_NewlineInPathOrNoTasks_Reported()
    {
        var errors = SlurmScript.Validate(new SlurmOptions("/in\nTRENDY_ARRAY_TASK", "/out", 0));

        Assert.Equal(2, errors.Count);
    }

    // sbatch stand-in: records its arguments and its stdin script, answers "jobid;cluster" like --parsable.
    // The job stand-in records its arguments one per line.
    private string FakeTools()
    {
        var bin = Path.Combine(_dir, "bin");
        Directory.CreateDirectory(bin);
        Shell.WriteExecutable(Path.Combine(bin, "sbatch"), $$"""
            #!/bin/sh
            n=$(( $(ls '{{_dir}}' | grep -c '^job') + 1 ))
            printf '%s\n' "$@" > '{{_dir}}'/sbatch$n.args
            cat > '{{_dir}}'/job$n.sh
            echo "$((4241 + n));cluster"
            """);
        Shell.WriteExecutable(Path.Combine(bin, "trendy 2ilamb"), $$"""
            #!/bin/sh
            n=$(( $(ls '{{_dir}}' | grep -c '^run') + 1 ))
            printf '%s\n' "$@" > '{{_dir}}'/run$n.args
            """);
        return bin;
    }

    private string[] ReadArgs(string name) => File.ReadAllLines(Path.Combine(_dir, name + ".args"));
}
