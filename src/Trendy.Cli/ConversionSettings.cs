using System.Globalization;
using Trendy.Core;
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
    public static readonly HashSet<string> ValueOptions = ["--model", "--simulation", "--fixes", "--memory", "--deflate", "--format"];

    public static ConversionSettings From(ParsedArgs args, IReadOnlyList<string> rawArgs, string command)
    {
        var fixes = FixTable.LoadEmbedded();
        if (args.Value("--fixes") is { } fixesPath)
        {
            if (!File.Exists(fixesPath)) throw new UsageException($"fixes file '{fixesPath}' does not exist");
            try
            {
                fixes = fixes.Merge(FixTable.Parse(File.ReadAllText(fixesPath), fixesPath));
            }
            catch (FixesFileException e)
            {
                // A malformed --fixes file is a usage error (exit 2): nothing was converted with half a table.
                throw new UsageException(e.Message);
            }
        }

        var deflate = args.Int("--deflate", 1, 0, 9);
        var format = args.Value("--format") switch
        {
            null or "netcdf4" => OutputFormat.NetCdf4,
            "netcdf3-64bit" => OutputFormat.NetCdf3Offset64,
            var other => throw new UsageException($"--format takes netcdf4 or netcdf3-64bit, found '{other}'"),
        };
        var options = new ConvertOptions(ParseMemory(args.Value("--memory")), deflate, format);
        var overrides = new IdentifyOptions(args.Value("--model"), args.Value("--simulation"));
        var service = new ConversionService(TargetCatalog.LoadEmbedded(), fixes, new UdunitsConverter());
        return new ConversionSettings(service, options, overrides, "trendy2ilamb " + command + " " + string.Join(' ', rawArgs));
    }

    /// <summary>Globals that depend on the clock and the invocation, added at write time (planning stays pure).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> ExtraGlobals(DateTimeOffset now) =>
    [
        new("history", $"{now.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}: {CommandLine}"),
        new("creation_date", now.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)),
        new(ProductVersion.AttributeName, ToolInfo.Version),
    ];

    /// <summary>"512M", "2G", "300000K", or a plain number of MiB.</summary>
    public static long ParseMemory(string? text)
    {
        if (text is null) return ConvertOptions.DefaultMemoryBudget;
        var t = text.Trim().ToUpperInvariant().TrimEnd('B', 'I');
        var (digits, mult) = t[^1] switch
        {
            'K' => (t[..^1], 1024L),
            'M' => (t[..^1], 1024L * 1024),
            'G' => (t[..^1], 1024L * 1024 * 1024),
            _ => (t, 1024L * 1024),
        };
        if (!double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) || n <= 0)
        {
            throw new UsageException($"--memory takes a size such as 512M or 2G, found '{text}'");
        }

        return Math.Max((long)(n * mult), 16L * 1024 * 1024);
    }

    /// <summary>The path relative to a release root as identification wants it: at most MODEL/SIM/FILE.</summary>
    public static string RelativeForSingleFile(string path)
    {
        var full = Path.GetFullPath(path);
        var parts = full.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        return string.Join('/', parts.Skip(Math.Max(0, parts.Length - 3)));
    }
}
