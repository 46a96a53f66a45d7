using System.CommandLine;
using System.Globalization;
using Trendy.Core;
using Trendy.Cli.Parsing;
using Trendy.Core.Fixes;
using Trendy.Core.Identify;
using Trendy.Core.Planning;
using Trendy.Core.Targets;
using Trendy.Native.Udunits;
using Trendy.Pipeline.Conversion;

namespace Trendy.Cli;

/// <summary>The options shared by plan, scan and convert, turned into the objects the pipeline needs.</summary>
public sealed record ConversionSettings(ConversionService Service, ConvertOptions Options, IdentifyOptions Overrides, string CommandLine)
{
    public static ConversionSettings From(ParseResult result, CliOptions o, string command)
    {
        var fixes = FixTable.LoadEmbedded();
        if (result.GetValue(o.Fixes) is { } fixesFile)
        {
            try
            {
                fixes = fixes.Merge(FixTable.Parse(File.ReadAllText(fixesFile.FullName), fixesFile.FullName));
            }
            catch (FixesFileException e)
            {
                // A malformed --fixes file is a usage error (exit 2): nothing was converted with half a table.
                throw new UsageException(e.Message);
            }
        }

        var format = result.GetValue(o.Format) == "netcdf3-64bit" ? OutputFormat.NetCdf3Offset64 : OutputFormat.NetCdf4;
        var options = EnvironmentDefaults.Apply(new ConvertOptions(o.MemoryOrDefault(result), result.GetValue(o.Deflate), format),
            Environment.GetEnvironmentVariable);
        var overrides = new IdentifyOptions(result.GetValue(o.Model), result.GetValue(o.Simulation));
        var service = new ConversionService(TargetCatalog.LoadEmbedded(), fixes, new UdunitsConverter());
        return new ConversionSettings(service, options, overrides, "trendy2ilamb " + command + " " + string.Join(' ', result.Tokens.Skip(1).Select(t => t.Value)));
    }

    /// <summary>The conversion options as a worker process or a cluster job is given them (paths made absolute).</summary>
    public static IReadOnlyList<string> PassThrough(ParseResult result, CliOptions o)
    {
        var list = new List<string>();
        if (result.GetValue(o.Fixes) is { } fixesFile) list.AddRange([o.Fixes.Name, fixesFile.FullName]);
        if (CliOptions.Given(result, o.Memory)) list.AddRange([o.Memory.Name, OptionValues.MemoryText(result.GetValue(o.Memory))]);
        if (CliOptions.Given(result, o.Deflate)) list.AddRange([o.Deflate.Name, result.GetValue(o.Deflate).ToString(CultureInfo.InvariantCulture)]);
        if (CliOptions.Given(result, o.Format)) list.AddRange([o.Format.Name, result.GetValue(o.Format)!]);
        return list;
    }

    /// <summary>Globals that depend on the clock and the invocation, added at write time (planning stays pure).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> ExtraGlobals(DateTimeOffset now) =>
    [
        new("history", $"{now.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}: {CommandLine}"),
        new("creation_date", now.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)),
        new(ProductVersion.AttributeName, ToolInfo.Version),
    ];

    /// <summary>The path relative to a release root as identification wants it: at most MODEL/SIM/FILE.</summary>
    public static string RelativeForSingleFile(string path)
    {
        var full = Path.GetFullPath(path);
        var parts = full.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        return string.Join('/', parts.Skip(Math.Max(0, parts.Length - 3)));
    }
}
