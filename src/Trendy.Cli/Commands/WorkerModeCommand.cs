using System.CommandLine;
using Trendy.Cli.Parsing;
using Trendy.Pipeline.Conversion;
using Trendy.Pipeline.Scheduling;

namespace Trendy.Cli.Commands;

/// <summary>
/// Hidden: a worker process of a release conversion. Reads work items as JSON lines on stdin, converts them,
/// answers on stdout (parallelism from processes, because libnetcdf/HDF5 are not thread-safe; docs/ explains).
/// </summary>
public static class WorkerModeCommand
{
    public static Command Create(CliOptions o)
    {
        var history = new Option<string>("--history") { Description = "The user's command line, recorded in every output" };
        var command = new Command(WorkerCommand.Argument, "Internal: worker process") { Hidden = true };
        foreach (var option in new Option[] { o.Output, o.Tmp, history, o.Force }.Concat(o.Conversion)) command.Options.Add(option);
        command.SetAction(r =>
        {
            var settings = ConversionSettings.From(r, o, "convert") with { CommandLine = r.GetValue(history) ?? "" };
            var runner = new TreeItemRunner(settings.Service, r.GetValue(o.Output)!, settings.Options, settings.Overrides,
                settings.ExtraGlobals(DateTimeOffset.Now), r.GetValue(o.Force),
                r.GetValue(o.Tmp) ?? throw new UsageException("worker needs --tmp STAGING (the coordinator's private staging folder)"));
            // Ctrl-C reaches the whole process group; the coordinator decides what happens, the worker just stops reading.
            Console.CancelKeyPress += (_, e) => e.Cancel = true;
            return WorkerHost.Run(Console.In, r.Out(), runner.Run);
        });
        return command;
    }
}
