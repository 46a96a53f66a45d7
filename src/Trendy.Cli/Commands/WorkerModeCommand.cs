using System.CommandLine;
using Trendy.Cli.Parsing;
using Trendy.Pipeline.Release;
using Trendy.Pipeline.Scheduling;

namespace Trendy.Cli.Commands;

/// <summary>
/// Hidden: a worker process of a release conversion. Reads versioned worker requests (settings + work item) as JSON
/// lines on stdin, runs them, answers on stdout (parallelism from processes, because libnetcdf/HDF5 are not
/// thread-safe; docs/architecture.md). It takes no options: everything comes in the requests.
/// </summary>
public static class WorkerModeCommand
{
    public static Command Create()
    {
        var command = new Command(WorkerCommand.Argument, "Internal: worker process") { Hidden = true };
        command.SetAction(r =>
        {
            // Ctrl-C reaches the whole process group; the coordinator decides what happens, the worker just stops reading.
            Console.CancelKeyPress += (_, e) => e.Cancel = true;
            return WorkerHost.Run(Console.In, r.Out(), new ReleaseWorker().Run);
        });
        return command;
    }
}
