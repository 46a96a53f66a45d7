using Trendy.Pipeline.Companions;

namespace Trendy.Cli.Commands;

/// <summary>Hidden: the child process that writes areacella/sftlf for a release run (see <see cref="CompanionProcess"/>).</summary>
public sealed class CompanionsCommand : ICommand
{
    public string Name => CompanionProcess.Command;

    public string Summary => "internal: companion writer process";

    public bool Hidden => true;

    public int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr) => CompanionProcess.Serve(Console.In, stdout);
}
