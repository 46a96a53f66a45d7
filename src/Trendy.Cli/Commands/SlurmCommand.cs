using System.CommandLine;
using Trendy.Cli.Parsing;
using Trendy.Core.Batch;
using Trendy.Pipeline.Scheduling;

namespace Trendy.Cli.Commands;

/// <summary>
/// `slurm RELEASE -o OUT --array N`: prints a ready submit script: an N-task job array, each task converting its
/// size-balanced shard, and a dependent job that merges the shard reports (`trendy2ilamb report OUT`).
/// Beyond one machine the scheduler is the cluster's own.
/// </summary>
public static class SlurmCommand
{
    public static Command Create(CliOptions o)
    {
        var root = new Argument<string>("RELEASE") { Description = "Release directory, as the compute nodes see it" }
            .MustBe(PathKind.Folder, "give the release directory (MODEL/SIMULATION/files)");
        var tasks = CliOptions.Range(new Option<int>("--array") { Description = "Number of array tasks (shards)", HelpName = "N", Required = true }, 1, 100_000);
        var cpus = CliOptions.Range(new Option<int>("--cpus-per-task") { Description = "CPUs, and so worker processes, per task", HelpName = "N", DefaultValueFactory = _ => 4 }, 1, 1024);
        var time = new Option<string>("--time") { Description = "Time limit of each task", HelpName = "HH:MM:SS", DefaultValueFactory = _ => "04:00:00" };
        var mem = new Option<string>("--mem") { Description = "Memory per node of each task, e.g. 16G", HelpName = "SIZE" };
        var partition = new Option<string>("--partition") { Description = "Slurm partition", HelpName = "NAME" };
        var account = new Option<string>("--account") { Description = "Slurm account to charge", HelpName = "NAME" };
        var qos = new Option<string>("--qos") { Description = "Slurm quality of service", HelpName = "NAME" };
        var constraint = new Option<string>("--constraint") { Description = "Node features the jobs need, e.g. 'intel&ib'", HelpName = "FEATURES" };
        var sbatch = new Option<string[]>("--sbatch-option") { Description = "A further #SBATCH line for both jobs, e.g. --mail-type=END (repeatable)", HelpName = "OPTION" };
        var setup = new Option<string[]>("--setup") { Description = "A shell line run on the compute node first, e.g. 'module load dotnet' (repeatable)", HelpName = "LINE" };
        var jobName = new Option<string>("--job-name") { Description = "Slurm job name", HelpName = "NAME", DefaultValueFactory = _ => "trendy2ilamb" };
        var executable = new Option<string>("--executable") { Description = "The trendy2ilamb executable as compute nodes see it (default: this one)", HelpName = "PATH" };
        var command = new Command("slurm", "Print a Slurm job-array script that converts a release across a cluster")
        {
            root, o.Output, tasks, cpus, time, mem, partition, account, qos, constraint, sbatch, setup, jobName, executable,
        };
        foreach (var option in new Option[] { o.Models, o.Simulations, o.Variables, o.All, o.Force, o.Timeout }.Concat(o.Conversion)) command.Options.Add(option);
        command.SetAction(r =>
        {
            var (program, origin) = r.GetValue(executable) is { } given ? (given, ExecutableOrigin.Given) : RunningExecutable.ForSlurm();
            var options = new SlurmOptions(Path.GetFullPath(r.GetValue(root)!), Path.GetFullPath(r.GetValue(o.Output)!), r.GetValue(tasks))
            {
                Executable = program,
                ExecutableOrigin = origin,
                CpusPerTask = r.GetValue(cpus),
                TimeLimit = r.GetValue(time)!,
                Memory = r.GetValue(mem),
                Partition = r.GetValue(partition),
                Account = r.GetValue(account),
                Qos = r.GetValue(qos),
                Constraint = r.GetValue(constraint),
                ExtraSbatchOptions = r.GetValue(sbatch) ?? [],
                SetupLines = r.GetValue(setup) ?? [],
                JobName = r.GetValue(jobName)!,
                ConvertArguments = [.. SelectionArguments(r, o), .. CommandSettings.PassThrough(r, o), "--no-progress"],
            };
            var errors = SlurmScript.Validate(options);
            if (errors.Count > 0) throw new UsageException(string.Join("; ", errors));
            // A self-contained executable carries its runtime: the nodes need no .NET (docs/install.md).
            if (origin != ExecutableOrigin.SelfContained && RuntimeWarning(options.SetupLines, DotnetRoot()) is { } warning) r.Err().WriteLine(warning);
            r.Out().Write(SlurmScript.Render(options));
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>
    /// A framework-dependent apphost finds .NET through DOTNET_ROOT or the standard install folders; compute nodes
    /// often have neither, and the task then dies at start with "You must install .NET". Said before submitting.
    /// </summary>
    internal static string? RuntimeWarning(IReadOnlyList<string> setupLines, string? dotnetRoot)
    {
        if (setupLines.Any(l => l.Contains("dotnet", StringComparison.OrdinalIgnoreCase))) return null;
        if (dotnetRoot is not null && StandardRoots.Contains(dotnetRoot.TrimEnd('/'))) return null;
        return $"trendy2ilamb slurm: warning: the tool needs the .NET {Environment.Version.Major} runtime on the compute nodes " +
               $"(here it is under {dotnetRoot ?? "an unknown folder"}); if the nodes do not see it there, add --setup 'export DOTNET_ROOT=…' or --setup 'module load …'";
    }

    /// <summary>DOTNET_ROOT, or ROOT of the runtime folder ROOT/shared/Microsoft.NETCore.App/VERSION (not Assembly.Location, empty in a single-file executable).</summary>
    private static string? DotnetRoot() =>
        Environment.GetEnvironmentVariable("DOTNET_ROOT")
        ?? Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(
            System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory().TrimEnd('/'))));

    // Where the apphost looks for .NET without DOTNET_ROOT on Linux (the distribution packages and Microsoft's installer).
    private static readonly string[] StandardRoots = ["/usr/share/dotnet", "/usr/lib/dotnet", "/usr/lib64/dotnet"];

    private static IEnumerable<string> SelectionArguments(ParseResult r, CliOptions o)
    {
        foreach (var option in new[] { o.Models, o.Simulations, o.Variables })
        {
            var values = OptionValues.CommaList(r.GetValue(option));
            if (values.Count > 0) yield return $"{option.Name}={string.Join(',', values)}";
        }

        if (r.GetValue(o.All)) yield return o.All.Name;
        if (r.GetValue(o.Force)) yield return o.Force.Name;
        if (r.GetValue(o.Timeout) is { } timeout) yield return $"{o.Timeout.Name}={timeout.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
    }
}
