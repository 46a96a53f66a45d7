using Trendy.Native.Netcdf;

namespace Trendy.Cli.Commands;

/// <summary>Prints the tool's version and the native library versions it runs on.</summary>
public sealed class VersionCommand : ICommand
{
    public string Name => "version";

    public string Summary => "print the tool and libnetcdf versions";

    public int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        stdout.WriteLine($"trendy2ilamb {ToolInfo.Version}");
        stdout.WriteLine($"libnetcdf {NcFile.LibraryVersion}");
        return ExitCodes.Ok;
    }
}
