using System.CommandLine;
using System.CommandLine.Invocation;
using Trendy.Cli.Parsing;
using Trendy.Native;

namespace Trendy.Cli.Commands;

/// <summary>`version` and `--version`: the tool's version and the native library versions it runs on.</summary>
public static class VersionCommand
{
    public static Command Create()
    {
        var command = new Command("version", "Print the tool version and the libnetcdf, HDF5 and UDUNITS-2 it runs on");
        command.SetAction(r => Write(r.Out(), r.Err()));
        return command;
    }

    /// <summary>The root command's `--version` prints the same as `version`.</summary>
    public static void Replace(VersionOption option) => option.Action = new VersionAction();

    private static int Write(TextWriter stdout, TextWriter stderr)
    {
        stdout.WriteLine($"trendy2ilamb {ToolInfo.Version}");
        var libraries = NativeVersions.Query();
        foreach (var library in libraries) stdout.WriteLine(library);
        // A missing library is also an error: scripts that check the install by `--version` see it in the status.
        foreach (var missing in libraries.Where(l => l.Missing && l.Problem is not null)) stderr.WriteLine($"trendy2ilamb: {missing.Problem}");
        return libraries.Any(l => l.Missing) ? ExitCodes.SomeFailed : ExitCodes.Ok;
    }

    private sealed class VersionAction : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult) => Write(parseResult.Out(), parseResult.Err());
    }
}
