using Trendy.Pipeline.Conversion;
using Trendy.Pipeline.Scheduling;

namespace Trendy.Cli.Commands;

/// <summary>
/// Hidden: a worker process of a release conversion. Reads work items as JSON lines on stdin, converts them,
/// answers on stdout (design.md: parallelism from processes, because libnetcdf/HDF5 are not thread-safe).
/// </summary>
public sealed class WorkerModeCommand : ICommand
{
    public string Name => WorkerCommand.Argument;

    public string Summary => "internal: worker process";

    public bool Hidden => true;

    public int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var values = new HashSet<string>(ConversionSettings.ValueOptions) { "-o", "--tmp", "--history" };
        var parsed = new ParsedArgs(args, values, new HashSet<string> { "--force" });
        var settings = ConversionSettings.From(parsed, [parsed.Value("--history") ?? ""], "convert");
        var output = parsed.Value("-o") ?? throw new UsageException("worker needs -o OUT");
        var runner = new TreeItemRunner(settings.Service, output, settings.Options, settings.Overrides,
            settings.ExtraGlobals(DateTimeOffset.Now), parsed.Flag("--force"),
            parsed.Value("--tmp") ?? throw new UsageException("worker needs --tmp STAGING (the coordinator's private staging folder)"));
        // Ctrl-C reaches the whole process group; the coordinator decides what happens, the worker just stops reading.
        Console.CancelKeyPress += (_, e) => e.Cancel = true;
        return WorkerHost.Run(Console.In, stdout, runner.Run);
    }
}
