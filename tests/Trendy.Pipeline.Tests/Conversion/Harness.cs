using Trendy.Core.Batch;
using Trendy.Core.Fixes;
using Trendy.Core.Inventory;
using Trendy.Core.Planning;
using Trendy.Core.Targets;
using Trendy.Native.Netcdf;
using Trendy.Native.Udunits;
using Trendy.Core.Identify;
using Trendy.Pipeline.Conversion;
using Trendy.Pipeline.Discovery;
using Trendy.Testing;

namespace Trendy.Pipeline.Tests.Conversion;

/// <summary>Builds the service as the CLI does, converts one fixture, and reads outputs back through libnetcdf.</summary>
internal static class Harness
{
    private static readonly Lazy<ConversionService> Shared =
        new(() => new ConversionService(TargetCatalog.LoadEmbedded(), FixTable.LoadEmbedded(), new UdunitsConverter()));

    public static ConversionService Service => Shared.Value;

    public static string OutRoot(TempDir dir) => dir.File("out");

    /// <summary>Writes <paramref name="source"/> as <c>in/{relative}</c> and converts it into <c>out/</c>.</summary>
    public static (WorkOutcome Outcome, string Input) Convert(TempDir dir, SourceFile source, string relative,
        ConvertOptions? options = null, bool force = false, IReadOnlyList<KeyValuePair<string, string>>? extra = null)
    {
        var input = Path.Combine(dir.Path, "in", relative);
        Directory.CreateDirectory(Path.GetDirectoryName(input)!);
        source.WriteTo(input);
        return (ConvertFile(dir, input, relative, options, force, extra), input);
    }

    public static WorkOutcome ConvertFile(TempDir dir, string input, string relative, ConvertOptions? options = null, bool force = false,
        IReadOnlyList<KeyValuePair<string, string>>? extra = null)
    {
        var item = new WorkItem("item-1", input, "m", "s", "v", new FileInfo(input).Length);
        return ConvertItem(item, relative, OutRoot(dir), options ?? new ConvertOptions(), extra ?? [], force, CancellationToken.None);
    }

    /// <summary>
    /// Identifies <paramref name="item"/>'s file once (its leading bytes sniffed, as discovery does) and converts it with
    /// <see cref="ConversionService.Convert"/> into <paramref name="outRoot"/>.
    /// </summary>
    public static WorkOutcome ConvertItem(WorkItem item, string relative, string outRoot, ConvertOptions options,
        IReadOnlyList<KeyValuePair<string, string>> extra, bool force, CancellationToken cancel)
    {
        var identity = Service.Identify(relative, null, ContentSniffer.Sniff(item.InputPath));
        var settings = new ConversionSettings(outRoot, options, StagingFolder: "", CommandLine: "", Force: force);
        return Service.Convert(new FileConversion(item, identity, settings, extra), null, cancel);
    }

    /// <summary>Runs one file the way `convert FILE` and the workers do (archive staging, last-resort barrier) into <c>out/</c>.</summary>
    public static WorkOutcome RunItem(TempDir dir, string input, string relative)
    {
        var settings = new ConversionSettings(OutRoot(dir), new ConvertOptions(), Directory.CreateDirectory(dir.File("tmp")).FullName, "trendy2ilamb convert (test)");
        var runner = new TreeItemRunner(Service, settings);
        var item = new WorkItem(relative, input, "m", "S3", "gpp", new FileInfo(input).Length)
        {
            Job = new ConvertFileJob(Service.Identify(relative, IdentifyOptions.None, ContentSniffer.Sniff(input))),
        };
        return runner.Run(item, null, CancellationToken.None);
    }

    /// <summary>Discovery of a release as `convert RELEASE` does it (content sniffed, default selection).</summary>
    public static DiscoveryResult Scan(string root) =>
        ReleaseScanner.Scan(root, (rel, content) => Service.Identify(rel, null, content), Selection.Default, Service.Catalog);

    public static WorkOutcome Converted(TempDir dir, SourceFile source, string relative, ConvertOptions? options = null)
    {
        var (outcome, _) = Convert(dir, source, relative, options);
        Assert.True(outcome.Status == WorkStatus.Converted, $"{outcome.Status} {outcome.ReasonCode}: {outcome.Message} [{string.Join(" | ", outcome.Diagnostics)}]");
        return outcome;
    }

    public static Output Read(string path, string variable)
    {
        using var f = NcFile.OpenRead(path);
        var h = f.ReadHeader();
        var v = h.Variable(variable) ?? throw new Xunit.Sdk.XunitException($"no variable {variable} in {path}: {string.Join(",", h.Variables.Select(x => x.Name))}");
        var data = new double[v.ElementCount];
        f.Read(variable, new long[v.Rank], v.Shape.ToArray(), data);
        return new Output(h, v, data);
    }

    /// <summary>Every file left below the output root (outputs and temporaries).</summary>
    public static string[] FilesUnder(TempDir dir) =>
        Directory.Exists(OutRoot(dir)) ? Directory.GetFiles(OutRoot(dir), "*", SearchOption.AllDirectories) : [];
}

/// <summary>One output variable read back: header, variable header, and all values in (time, [level], lat, lon) order.</summary>
internal sealed record Output(DatasetHeader Header, VariableInfo Var, double[] Data)
{
    public int NLat => (int)Header.Dimension("lat")!.Length;

    public int NLon => (int)Header.Dimension("lon")!.Length;

    public double At(int t, int y, int x) => Data[(((t * NLat) + y) * NLon) + x];

    public double At(int t, int z, int y, int x)
    {
        var nz = (int)Var.Shape[1];
        return Data[(((((t * nz) + z) * NLat) + y) * NLon) + x];
    }

    public double[] Values(string name) => Header.Values(name)!;

    public string? Global(string name) => Header.GlobalAttribute(name)?.Text;

    public int Valid => Data.Count(d => Math.Abs(d) < 1e19);
}
