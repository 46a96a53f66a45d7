using Trendy.Core.Contract;
using Trendy.Core.Diagnostics;
using Trendy.Core.Plausibility;
using Trendy.Native.Netcdf;
using Trendy.Native.Udunits;
using Trendy.Pipeline.Reporting;
using Trendy.Pipeline.Synthesis;
using Trendy.Pipeline.Tests.Cli;
using Trendy.Pipeline.Verification;
using Trendy.Testing;

namespace Trendy.Pipeline.Tests.Verification;

/// <summary>
/// `verify` on a converted synthetic release: the outputs as written pass everything, with and without --source;
/// each kind of tampering fails with its own code (docs/codes.md, "Output checks").
/// </summary>
public sealed class VerifyTests : IClassFixture<VerifyTests.ConvertedRelease>
{
    private readonly ConvertedRelease _release;

    public VerifyTests(ConvertedRelease release) => _release = release;

    [Fact]
    public void Outputs_AsWritten_PassEveryCheckIncludingTheSource()
    {
        var result = Verify(_release.Output, new VerifyOptions(_release.Source));

        Assert.DoesNotContain(result.Findings, f => f.Severity != Severity.Note);
        Assert.True(result.Passed);
        var gpp = result.Series.First(s => s.VariableId == "gpp");
        Assert.Equal("Pg yr-1", gpp.Units);
        Assert.Equal(AnnualAggregate.Total, gpp.Aggregate);
        Assert.Equal(Enumerable.Range(1978, 6), gpp.Years.Select(y => y.Year));
        Assert.InRange(gpp.Years[0].Value, 80, 200);
    }

    [Fact]
    public void ValuesTimes1000_FlaggedAsGramsInsteadOfKilogramsAndDifferentFromTheSource()
    {
        using var copy = _release.Copy();
        var file = copy.Data("gpp_Lmon_CLM5.0_S3");
        Rewrite(file, "gpp", values => values.Select(v => v < 1e19 ? v * 1000 : v).ToArray());

        var findings = Verify(copy.Output, new VerifyOptions(_release.Source)).For(file).ToList();

        Assert.Contains(findings, f => f.Code == ContractCodes.Implausible && f.Found.Contains("g instead of kg", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Code == ContractCodes.SourceValue);
    }

    [Fact]
    public void LatitudeFlippedWithoutTheData_FailsTheCoordinateCheck()
    {
        using var copy = _release.Copy();
        var file = copy.Data("gpp_Lmon_CLM5.0_S3");
        Rewrite(file, "lat", values => [.. values.Reverse()]);

        Assert.Contains(Verify(copy.Output).For(file), f => f.Code == ContractCodes.Coordinates);
    }

    [Fact]
    public void TimeBoundsWithAGap_FailTheGapCheck()
    {
        using var copy = _release.Copy();
        var file = copy.Data("gpp_Lmon_CLM5.0_S3");
        Rewrite(file, "time_bnds", values =>
        {
            values[2] += 1;
            return values;
        });

        Assert.Contains(Verify(copy.Output).For(file), f => f.Code == ContractCodes.TimeGap);
    }

    [Fact]
    public void MaskChanged_DiffersFromTheSourceMask()
    {
        using var copy = _release.Copy();
        var file = copy.Data("gpp_Lmon_CLM5.0_S3");
        Rewrite(file, "gpp", values =>
        {
            values[Array.FindIndex(values, v => v < 1e19)] = 1e20;
            return values;
        });

        var findings = Verify(copy.Output, new VerifyOptions(_release.Source)).For(file).ToList();

        Assert.Contains(findings, f => f.Code == ContractCodes.SourceMask);
        Assert.DoesNotContain(findings, f => f.Code == ContractCodes.SourceValue);
    }

    [Fact]
    public void UnitsRelabelled_FailTheUnitsCheck()
    {
        using var copy = _release.Copy();
        var file = copy.Data("gpp_Lmon_CLM5.0_S3");
        using (var f = NcFile.OpenWrite(file)) f.PutAttribute("gpp", "units", "g m-2 s-1");

        Assert.Contains(Verify(copy.Output).For(file), f => f.Code == ContractCodes.Units && f.Found == "'g m-2 s-1'");
    }

    [Fact]
    public void CalendarRemoved_FailsTheCalendarCheck()
    {
        using var copy = _release.Copy();
        var file = copy.Data("gpp_Lmon_CLM5.0_S3");
        using (var f = NcFile.OpenWrite(file)) f.DeleteAttribute("time", "calendar");

        Assert.Contains(Verify(copy.Output).For(file), f => f.Code == ContractCodes.Calendar);
    }

    [Fact]
    public void RowMissingFromTheIlamb3Catalogue_FailsTheCatalogueCheck()
    {
        using var copy = _release.Copy();
        var file = copy.Data("gpp_Lmon_CLM5.0_S3");
        var csv = Path.Combine(copy.Output, IlambCatalog.FileName);
        File.WriteAllLines(csv, File.ReadAllLines(csv).Where(l => !l.Contains(file, StringComparison.Ordinal)));

        var result = Verify(copy.Output);

        Assert.Contains(result.For(file), f => f.Code == ContractCodes.CatalogueRow);
        Assert.False(result.Passed);
    }

    [Fact]
    public void OneValueOfOneCellOfOneStepChanged_CaughtByTheSourceComparison()
    {
        using var copy = _release.Copy();
        var file = copy.Data("gpp_Lmon_CLM5.0_S3");
        var step = 17;
        using (var f = NcFile.OpenWrite(file))
        {
            var v = f.ReadHeader().Variable("gpp")!;
            var values = StepReader.Read(f, v, step)!;
            var cell = Array.FindIndex(values, x => x < 1e19);
            values[cell] *= 1.001;
            Write(f, v, [step, 0, 0], [1, v.Shape[1], v.Shape[2]], values);
        }

        var findings = Verify(copy.Output, new VerifyOptions(_release.Source)).For(file).ToList();
        var withoutSource = Verify(copy.Output).For(file);

        var value = Assert.Single(findings, f => f.Code == ContractCodes.SourceValue);
        Assert.Contains($"step {step}", value.Expected, StringComparison.Ordinal);
        Assert.DoesNotContain(findings, f => f.Code == ContractCodes.SourceMask);
        Assert.DoesNotContain(withoutSource, f => f.Severity != Severity.Note);
    }

    [Fact]
    public void Cli_TablePerFileOneLinePerFailureExitOne_JsonForMachines()
    {
        using var copy = _release.Copy();
        var file = copy.Data("gpp_Lmon_CLM5.0_S3");
        using (var f = NcFile.OpenWrite(file)) f.PutAttribute("gpp", "units", "g m-2 s-1");

        var (exit, stdout, stderr) = CliRunner.Run("verify", copy.Output);
        var json = CliRunner.Run("verify", copy.Output, "--json");
        var clean = CliRunner.Run("verify", _release.Output, "--source", _release.Source, "--sample", "3");

        Assert.Equal(1, exit);
        Assert.Contains("contract", stdout, StringComparison.Ordinal);
        Assert.Contains(Path.GetRelativePath(copy.Output, file), stdout, StringComparison.Ordinal);
        Assert.Single(stderr.Split('\n'), l => l.StartsWith("error ILAMB011 ", StringComparison.Ordinal));
        Assert.Equal(1, json.Exit);
        Assert.Contains("\"code\": \"ILAMB011\"", json.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, clean.Exit);
    }

    private static VerifyResult Verify(string output, VerifyOptions? options = null) =>
        new TreeVerifier(new UdunitsConverter(), PlausibilityTable.LoadEmbedded()).Verify(output, options ?? new VerifyOptions());

    /// <summary>Reads a whole variable as doubles, changes it and writes it back.</summary>
    private static void Rewrite(string file, string variable, Func<double[], double[]> change)
    {
        using var f = NcFile.OpenWrite(file);
        var v = f.ReadHeader().Variable(variable)!;
        var values = new double[v.ElementCount];
        var start = new long[v.Rank];
        f.Read(variable, start, v.Shape.ToArray(), values.AsSpan());
        Write(f, v, start, v.Shape.ToArray(), change(values));
    }

    /// <summary>Writes doubles in the variable's stored type (NcFile.Write takes values already in that type).</summary>
    private static void Write(NcFile f, Trendy.Core.Inventory.VariableInfo v, long[] start, long[] count, double[] values)
    {
        if (v.Type == Trendy.Core.Inventory.NcType.Float) f.Write<float>(v.Name, start, count, [.. values.Select(x => (float)x)]);
        else f.Write<double>(v.Name, start, count, values);
    }

    /// <summary>The tiny synthetic release converted once for the class; tests tamper with copies.</summary>
    public sealed class ConvertedRelease : IDisposable
    {
        private readonly TempDir _dir = new();

        public ConvertedRelease()
        {
            Source = Path.Combine(_dir.Path, "trendy");
            Output = Path.Combine(_dir.Path, "out");
            SyntheticRelease.Write(Source, SynthProfile.Tiny);
            CliRunner.Run("convert", Source, "-o", Output, "-j", "2", "--no-progress");
        }

        public string Source { get; }

        public string Output { get; }

        /// <summary>A copy of the output tree with its own ilamb3 catalogue (the rows name the copied files).</summary>
        public TreeCopy Copy()
        {
            var copy = new TreeCopy();
            foreach (var file in Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(copy.Output, Path.GetRelativePath(Output, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }

            IlambCatalog.Write(copy.Output);
            return copy;
        }

        public void Dispose() => _dir.Dispose();
    }

    /// <summary>A tampered copy of the outputs.</summary>
    public sealed class TreeCopy : IDisposable
    {
        private readonly TempDir _dir = new();

        public string Output => Path.Combine(_dir.Path, "out");

        /// <summary>The data output whose file name starts with <paramref name="prefix"/>.</summary>
        public string Data(string prefix) =>
            Directory.EnumerateFiles(Output, prefix + "*.nc", SearchOption.AllDirectories).Single();

        public void Dispose() => _dir.Dispose();
    }
}
