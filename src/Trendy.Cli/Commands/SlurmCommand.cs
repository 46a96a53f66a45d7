using Trendy.Core.Batch;
using Trendy.Pipeline.Scheduling;

namespace Trendy.Cli.Commands;

/// <summary>
/// `slurm ROOT -o OUT --array N`: prints a ready submit script: an N-task job array, each task converting its
/// size-balanced shard, and a dependent job that merges the shard reports (`trendy2ilamb report OUT`).
/// Beyond one machine the scheduler is the cluster's own (design.md).
/// </summary>
public sealed class SlurmCommand : ICommand
{
    public string Name => "slurm";

    public string Summary => "print a Slurm job-array script that converts a release across a cluster";

    public int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var values = new HashSet<string>(ConversionSettings.ValueOptions)
        {
            "-o", "--output", "--array", "--cpus-per-task", "--time", "--partition", "--account", "--job-name", "--executable",
            "--models", "--simulations", "--variables", "--timeout",
        };
        var parsed = new ParsedArgs(args, values, new HashSet<string> { "--all", "--force" });
        if (parsed.Positionals.Count != 1) throw new UsageException("slurm needs one release directory");
        var output = parsed.Value("-o", "--output") ?? throw new UsageException("slurm needs an output folder: -o OUT");
        var tasks = parsed.Int("--array", 0, 1, 100_000);
        if (tasks == 0) throw new UsageException("slurm needs --array N (number of array tasks)");
        var (executable, origin) = parsed.Value("--executable") is { } given ? (given, ExecutableOrigin.Given) : RunningExecutable.ForSlurm();
        var options = new SlurmOptions(Path.GetFullPath(parsed.Positionals[0]), Path.GetFullPath(output), tasks)
        {
            Executable = executable,
            ExecutableOrigin = origin,
            CpusPerTask = parsed.Int("--cpus-per-task", 4, 1, 1024),
            TimeLimit = parsed.Value("--time") ?? "04:00:00",
            Partition = parsed.Value("--partition"),
            Account = parsed.Value("--account"),
            JobName = parsed.Value("--job-name") ?? "trendy2ilamb",
            ConvertArguments = PassThrough(parsed),
        };
        var errors = SlurmScript.Validate(options);
        if (errors.Count > 0) throw new UsageException(string.Join("; ", errors));
        stdout.Write(SlurmScript.Render(options));
        return ExitCodes.Ok;
    }

    private static List<string> PassThrough(ParsedArgs parsed)
    {
        var list = new List<string>();
        foreach (var name in ConversionSettings.ValueOptions.Concat(["--models", "--simulations", "--variables", "--timeout"]))
        {
            if (parsed.Value(name) is { } v) list.AddRange([name, name == "--fixes" ? Path.GetFullPath(v) : v]);
        }

        if (parsed.Flag("--all")) list.Add("--all");
        if (parsed.Flag("--force")) list.Add("--force");
        list.Add("--no-progress");
        return list;
    }
}
