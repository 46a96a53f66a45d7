using System.CommandLine;
using System.Globalization;
using Trendy.Cli.Parsing;
using Trendy.Core.Fixes;
using Trendy.Core.Identify;
using Trendy.Core.Planning;
using Trendy.Pipeline.Conversion;

namespace Trendy.Cli;

/// <summary>
/// The options shared by plan, scan and convert, parsed once: the service they describe, and the settings record a
/// conversion (and every worker, inside its request) runs with.
/// </summary>
public sealed record CommandSettings(ConversionService Service, ConvertOptions Options, IdentifyOptions Overrides, string CommandLine, string? FixesFile)
{
    public static CommandSettings From(ParseResult result, CliOptions o, string command)
    {
        var fixesFile = result.GetValue(o.Fixes)?.FullName;
        var format = result.GetValue(o.Format) == "netcdf3-64bit" ? OutputFormat.NetCdf3Offset64 : OutputFormat.NetCdf4;
        var options = new ConvertOptions(o.MemoryOrDefault(result), result.GetValue(o.Deflate), format);
        var overrides = new IdentifyOptions(result.GetValue(o.Model), result.GetValue(o.Simulation));
        var commandLine = "trendy2ilamb " + command + " " + string.Join(' ', result.Tokens.Skip(1).Select(t => t.Value));
        try
        {
            var service = ConversionService.Create(fixesFile);
            return new CommandSettings(service, options, overrides, commandLine, fixesFile);
        }
        catch (FixesFileException e)
        {
            // A malformed --fixes file is a usage error (exit 2): nothing was converted with half a table.
            throw new UsageException(e.Message);
        }
    }

    /// <summary>The settings record of a conversion into <paramref name="output"/>.</summary>
    public ConversionSettings ForConversion(string output, bool force, string stagingFolder) =>
        new(Path.GetFullPath(output), Options, stagingFolder, CommandLine, FixesFile, force);

    /// <summary>The conversion options as a cluster job is given them (paths made absolute).</summary>
    public static IReadOnlyList<string> PassThrough(ParseResult result, CliOptions o)
    {
        var list = new List<string>();
        if (result.GetValue(o.Fixes) is { } fixesFile) list.AddRange([o.Fixes.Name, fixesFile.FullName]);
        if (CliOptions.Given(result, o.Memory)) list.AddRange([o.Memory.Name, OptionValues.MemoryText(result.GetValue(o.Memory))]);
        if (CliOptions.Given(result, o.Deflate)) list.AddRange([o.Deflate.Name, result.GetValue(o.Deflate).ToString(CultureInfo.InvariantCulture)]);
        if (CliOptions.Given(result, o.Format)) list.AddRange([o.Format.Name, result.GetValue(o.Format)!]);
        return list;
    }

    /// <summary>The path relative to a release root as identification wants it: at most MODEL/SIM/FILE.</summary>
    public static string RelativeForSingleFile(string path)
    {
        var full = Path.GetFullPath(path);
        var parts = full.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        return string.Join('/', parts.Skip(Math.Max(0, parts.Length - 3)));
    }

    /// <summary>The one identification of a single file given on the command line (its leading bytes sniffed).</summary>
    public FileIdentity Identify(string path) => Service.Identify(RelativeForSingleFile(path), Overrides, Pipeline.Discovery.ContentSniffer.Sniff(path));
}
