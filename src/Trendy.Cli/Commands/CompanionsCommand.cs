using System.CommandLine;
using Trendy.Cli.Parsing;
using Trendy.Pipeline.Companions;

namespace Trendy.Cli.Commands;

/// <summary>Hidden: the child process that writes areacella/sftlf for a release run (see <see cref="CompanionProcess"/>).</summary>
public static class CompanionsCommand
{
    public static Command Create()
    {
        var command = new Command(CompanionProcess.Command, "Internal: companion writer process") { Hidden = true };
        command.SetAction(r => CompanionProcess.Serve(Console.In, r.Out()));
        return command;
    }
}
