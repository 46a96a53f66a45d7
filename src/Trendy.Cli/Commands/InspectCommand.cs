using System.CommandLine;
using Trendy.Cli.Parsing;
using Trendy.Native.Netcdf;

namespace Trendy.Cli.Commands;

/// <summary>`inspect FILE...`: prints a file's header as read through libnetcdf (dimensions, variables, attributes).</summary>
public static class InspectCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE") { Description = "NetCDF files", Arity = ArgumentArity.OneOrMore }
            .MustBe(PathKind.File, "give NetCDF files");
        var command = new Command("inspect", "Print the header of NetCDF files, as the converter sees it") { files };
        command.SetAction(r => Run(r.GetValue(files)!, r.Out(), r.Err()));
        return command;
    }

    private static int Run(IEnumerable<string> paths, TextWriter stdout, TextWriter stderr)
    {
        var status = ExitCodes.Ok;
        foreach (var path in paths)
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
