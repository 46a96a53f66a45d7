using Trendy.Native.Netcdf;

namespace Trendy.Cli.Commands;

/// <summary>Prints a file's header as read through libnetcdf (dimensions, variables, attributes).</summary>
public sealed class InspectCommand : ICommand
{
    public string Name => "inspect";

    public string Summary => "print the header of NetCDF files, as the converter sees it";

    public int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var parsed = new ParsedArgs(args, new HashSet<string>(), new HashSet<string>());
        if (parsed.Positionals.Count == 0) throw new UsageException("inspect needs at least one FILE");
        var status = ExitCodes.Ok;
        foreach (var path in parsed.Positionals)
        {
            try
            {
                using var f = NcFile.OpenRead(path);
                HeaderPrinter.Print(f.ReadHeader(), stdout);
            }
            catch (NcException e)
            {
                stderr.WriteLine($"error: {e.Message}");
                status = ExitCodes.SomeFailed;
            }
        }

        return status;
    }
}
