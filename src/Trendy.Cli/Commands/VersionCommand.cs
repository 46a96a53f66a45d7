using System.CommandLine;
using System.CommandLine.Invocation;
using Trendy.Cli.Parsing;
using Trendy.Native.Netcdf;

namespace Trendy.Cli.Commands;

/// <summary>`version` and `--version`: the tool's version and the native library versions it runs on.</summary>
public static class VersionCommand
{
    public static Command Create()
    {
        var command = new Command("version", "Print the tool and libnetcdf versions");
        command.SetAction(r => Write(r.Out()));
        return command;
    }

    /// <summary>The root command's `--version` prints the same as `version`.</summary>
    public static void Replace(VersionOption option) => option.Action = new VersionAction();

    private static int Write(TextWriter stdout)
    {
        stdout.WriteLine($"trendy2ilamb {ToolInfo.Version}");
        stdout.WriteLine($"libnetcdf {NcFile.LibraryVersion}");
        return ExitCodes.Ok;
    }

    private sealed class VersionAction : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult) => Write(parseResult.Out());
    }
}
