using Trendy.Native;

namespace Trendy.Cli.Commands;

/// <summary>Prints the tool's version and the native library versions it runs on (also `trendy2ilamb --version`).</summary>
public sealed class VersionCommand : ICommand
{
    public string Name => "version";

    public string Summary => "print the tool version and the libnetcdf, HDF5 and UDUNITS-2 it runs on";

    public int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        stdout.WriteLine($"trendy2ilamb {ToolInfo.Version}");
        var libraries = NativeVersions.Query();
        foreach (var library in libraries) stdout.WriteLine(library);
        // A missing library is also an error: scripts that check the install by `--version` see it in the status.
        foreach (var missing in libraries.Where(l => l.Missing && l.Problem is not null)) stderr.WriteLine($"trendy2ilamb: {missing.Problem}");
        return libraries.Any(l => l.Missing) ? ExitCodes.SomeFailed : ExitCodes.Ok;
    }
}
