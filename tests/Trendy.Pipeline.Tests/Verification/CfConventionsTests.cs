using Trendy.Core.Contract;
using Trendy.Core.Inventory;
using Trendy.Native.Netcdf;
using Trendy.Pipeline.Synthesis;
using Trendy.Pipeline.Tests.Cli;
using Trendy.Pipeline.Verification;
using Trendy.Testing;

namespace Trendy.Pipeline.Tests.Verification;

/// <summary>
/// Every output of a synthesised release converted with --all (data, companion and PFT products) meets the CF
/// metadata rules the community checker reported broken (CF 1.8 §2.6.2, §2.6.3, §3.1, §7.2, §7.3.3).
/// </summary>
public sealed class CfConventionsTests : IClassFixture<CfConventionsTests.ConvertedRelease>
{
    private readonly ConvertedRelease _release;

    public CfConventionsTests(ConvertedRelease release) => _release = release;

    [Fact]
    public void EveryOutput_DataCompanionAndPft_MeetsTheCfRules()
    {
        var files = _release.Outputs();
        var pft = files.Where(f => f.Contains($"{Path.DirectorySeparatorChar}pft{Path.DirectorySeparatorChar}", StringComparison.Ordinal)).ToList();
        var companions = files.Where(f => Path.GetFileName(f).StartsWith("areacella_", StringComparison.Ordinal) || Path.GetFileName(f).StartsWith("sftlf_", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(pft);
        Assert.NotEmpty(companions);
        Assert.True(files.Count > pft.Count + companions.Count, "no data outputs");
        Assert.Empty(files.SelectMany(ContractChecker.CheckCf));
        Assert.Empty(ContractChecker.CheckTree(_release.Output));
    }

    [Fact]
    public void PftOutput_IndexDescribedAndSourceNamesCarried()
    {
        var h = _release.Header("gpppft_");

        Assert.Equal("1", h.Variable("pft")!.Text("units"));
        Assert.False(string.IsNullOrWhiteSpace(h.Variable("pft")!.Text("long_name")));
        Assert.Equal(["tropical tree", "temperate tree", "boreal tree", "grass", "bare"], h.Texts("pft_name")!);
        Assert.Equal("pft_name", h.Variable("gpppft")!.Text("coordinates"));
        Assert.DoesNotContain("where", h.Variable("gpppft")!.Text("cell_methods") ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void DataOutput_StillWhatIlambReads()
    {
        var h = _release.Header("gpp_");

        Assert.Equal("area: areacella", h.Variable("gpp")!.Text("cell_measures"));
        Assert.Equal("area: mean where land time: mean", h.Variable("gpp")!.Text("cell_methods"));
        Assert.Equal("areacella", h.GlobalAttribute("external_variables")!.Text);
    }

    [Fact]
    public void Verify_BrokenCfAttributesInDataAndPftOutputs_Reported()
    {
        using var dir = new TempDir();
        var data = Copy(_release.First("gpp_"), Path.Combine(dir.Path, "S3", "M"));
        var pft = Copy(_release.First("gpppft_"), Path.Combine(dir.Path, "pft", "S3", "M"));
        using (var f = NcFile.OpenWrite(data)) f.PutAttribute(null, "external_variables", "sftlf");
        using (var f = NcFile.OpenWrite(pft)) f.PutAttribute("gpppft", "cell_methods", "area: time: mean where sector");

        var findings = ContractChecker.CheckTree(dir.Path);

        Assert.Contains(findings, x => x.Where.File == data && x.Code == ContractCodes.CfRule && x.Expected.Contains("§7.2", StringComparison.Ordinal));
        Assert.Contains(findings, x => x.Where.File == pft && x.Code == ContractCodes.CfRule && x.Expected.Contains("§7.3.3", StringComparison.Ordinal));
    }

    private static string Copy(string file, string folder)
    {
        Directory.CreateDirectory(folder);
        var target = Path.Combine(folder, Path.GetFileName(file));
        File.Copy(file, target);
        return target;
    }

    /// <summary>The tiny synthetic release converted once with --all for the class.</summary>
    public sealed class ConvertedRelease : IDisposable
    {
        private readonly TempDir _dir = new();

        public ConvertedRelease()
        {
            var root = Path.Combine(_dir.Path, "trendy");
            Output = Path.Combine(_dir.Path, "out");
            SyntheticRelease.Write(root, SynthProfile.Tiny);
            CliRunner.Run("convert", root, "-o", Output, "--all", "-j", "2", "--no-progress");
        }

        public string Output { get; }

        public IReadOnlyList<string> Outputs() =>
            [.. Directory.EnumerateFiles(Output, "*.nc", SearchOption.AllDirectories).Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal)];

        /// <summary>The first output (in path order) whose file name starts with <paramref name="prefix"/>.</summary>
        public string First(string prefix) => Outputs().First(f => Path.GetFileName(f).StartsWith(prefix, StringComparison.Ordinal));

        public DatasetHeader Header(string prefix)
        {
            using var file = NcFile.OpenRead(First(prefix));
            return file.ReadHeader();
        }

        public void Dispose() => _dir.Dispose();
    }
}
