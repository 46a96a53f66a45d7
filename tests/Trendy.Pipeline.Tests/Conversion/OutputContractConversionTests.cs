using Trendy.Core.Batch;
using Trendy.Core.Inventory;
using Trendy.Core.Planning;
using Trendy.Native.Netcdf;
using Trendy.Testing;

namespace Trendy.Pipeline.Tests.Conversion;

/// <summary>Names, folders, metadata, output formats, slabbing and resume (docs/contract.md Part 3 items 1, 4, 5, 10).</summary>
public sealed class OutputContractConversionTests
{
    private const string Gpp = "CLASSIC/S3/CLASSIC_S3_gpp.nc";

    [Fact]
    public void OutputName_MonthlyGpp_FollowsCmipPatternInSimulationAndModelFolder()
    {
        using var dir = new TempDir();

        var outcome = Harness.Converted(dir, new SourceFile(), Gpp);

        Assert.Equal(Path.Combine(Harness.OutRoot(dir), "S3", "CLASSIC", "gpp_Lmon_CLASSIC_S3_r1i1p1f1_gn_200001-200012.nc"), outcome.OutputPath);
        Assert.Equal([outcome.OutputPath!], Harness.FilesUnder(dir));
    }

    [Fact]
    public void Simulations_S0AndS3OfOneModel_LandInDifferentFolders()
    {
        using var dir = new TempDir();

        var s0 = Harness.Converted(dir, new SourceFile(), "CLASSIC/S0/CLASSIC_S0_gpp.nc");
        var s3 = Harness.Converted(dir, new SourceFile { Value = (t, z, y, x) => 7 }, Gpp);

        Assert.NotEqual(Path.GetDirectoryName(s0.OutputPath), Path.GetDirectoryName(s3.OutputPath));
        Assert.Contains($"{Path.DirectorySeparatorChar}S0{Path.DirectorySeparatorChar}", s0.OutputPath);
        Assert.Equal("S0", Harness.Read(s0.OutputPath!, "gpp").Global("experiment_id"));
        Assert.Equal(1, Harness.Read(s0.OutputPath!, "gpp").At(0, 0, 0));
        Assert.Equal(7, Harness.Read(s3.OutputPath!, "gpp").At(0, 0, 0));
    }

    [Fact]
    public void FolderPrefixAlias_Clm50DirectoryClm60Prefix_OneModelName()
    {
        using var dir = new TempDir();

        var outcome = Harness.Converted(dir, new SourceFile(), "CLM5.0/S3/CLM6.0_S3_gpp.nc");
        var o = Harness.Read(outcome.OutputPath!, "gpp");

        // The model is named after its folder (the prefix is an alias of it), so every file of the folder
        // lands in one ILAMB model folder whatever prefix it carries.
        Assert.Equal("CLM5.0-S3", o.Global("source_id"));
        Assert.Equal(Path.Combine(Harness.OutRoot(dir), "S3", "CLM5.0", "gpp_Lmon_CLM5.0_S3_r1i1p1f1_gn_200001-200012.nc"), outcome.OutputPath);
        Assert.Contains("prefix-alias", o.Global("conversion_rules"));
        Assert.DoesNotContain(outcome.Diagnostics, d => d.StartsWith("warning", StringComparison.Ordinal) || d.StartsWith("error", StringComparison.Ordinal));
    }

    [Fact]
    public void SourceFile_ArchiveInput_NamesTheArchiveNotItsStagedCopy()
    {
        using var dir = new TempDir();
        var plain = dir.File("plain.nc");
        new SourceFile().WriteTo(plain);
        var input = Path.Combine(dir.Path, "in", Gpp + ".gz");
        Directory.CreateDirectory(Path.GetDirectoryName(input)!);
        using (var from = File.OpenRead(plain))
        using (var to = new System.IO.Compression.GZipStream(File.Create(input), System.IO.Compression.CompressionLevel.Fastest))
        {
            from.CopyTo(to);
        }

        var outcome = Harness.RunItem(dir, input, Gpp + ".gz");

        Assert.True(outcome.Status == WorkStatus.Converted, $"{outcome.Status} {outcome.ReasonCode}: {outcome.Message}");
        Assert.Equal(Path.GetFileName(Gpp) + ".gz", Harness.Read(outcome.OutputPath!, "gpp").Global("source_file"));
    }

    [Fact]
    public void GlobalAttributes_Converted_CarryIdentityFingerprintRulesAndExtras()
    {
        using var dir = new TempDir();
        var (outcome, input) = Harness.Convert(dir, new SourceFile { Units = "gC m-2 month-1" }, Gpp, extra: [new("history", "made by a test")]);

        var o = Harness.Read(outcome.OutputPath!, "gpp");

        // source_id and member_id as in the ilamb3 catalogue row, so a catalogue rebuilt from the attributes keeps S0..S3 apart.
        Assert.Equal("CLASSIC-S3", o.Global("source_id"));
        Assert.Equal("S3", o.Global("experiment_id"));
        Assert.Equal("gpp", o.Global("variable_id"));
        Assert.Equal("mon", o.Global("frequency"));
        Assert.Equal("Lmon", o.Global("table_id"));
        Assert.Equal("S3", o.Global("member_id"));
        Assert.Equal("r1i1p1f1", o.Global("variant_label"));
        Assert.Equal("gn", o.Global("grid_label"));
        Assert.Equal("made by a test", o.Global("history"));
        Assert.Equal("CLASSIC_S3_gpp.nc", o.Global("source_file"));
        Assert.Equal(new FileInfo(input).Length.ToString(System.Globalization.CultureInfo.InvariantCulture), o.Global(Planner.SourceSizeAttribute));
        Assert.Equal(64, o.Global(Planner.SourceHashAttribute)!.Length);
        Assert.Contains("units:", o.Global("conversion_rules"));
        Assert.Equal("area: areacella", o.Var.Text("cell_measures"));
        Assert.StartsWith("area: mean where land", o.Var.Text("cell_methods"));
        Assert.Equal("gross_primary_productivity_of_biomass_expressed_as_carbon", o.Var.Text("standard_name"));
    }

    [Fact]
    public void OutputFormat_NetCdf3Offset64_WrittenAndReadable()
    {
        using var dir = new TempDir();

        var outcome = Harness.Converted(dir, new SourceFile(), Gpp, new ConvertOptions(Format: OutputFormat.NetCdf3Offset64));

        using (var f = NcFile.OpenRead(outcome.OutputPath!)) Assert.Equal(NcFormat.Offset64Bit, f.Format);
        var o = Harness.Read(outcome.OutputPath!, "gpp");
        Assert.Equal(113, o.At(1, 1, 2));
        Assert.Equal("noleap", o.Header.Variable("time")!.Text("calendar"));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(512)] // two steps per slab: 12 full slabs and a last slab of one step
    [InlineData(2048)] // eight steps per slab: 3 full slabs and a last slab of one step
    public void MemoryBudget_SmallBudgetForcesManySlabs_SameValuesAsOneSlab(long budget)
    {
        using var big = new TempDir();
        using var small = new TempDir();
        var src = new SourceFile
        {
            Units = "gC m-2 month-1", Lat = [45, 15, -15, -45], Lon = [180, 270, 0, 90], Order = ["x", "t", "y"],
            Time = SourceFile.NoleapMonthMids(2000, 25),
            Value = (t, z, y, x) => t == 24 && x == 1 ? -99999 : (t * 7.25) + (y * 3) + x,
        };

        var a = Harness.Read(Harness.Converted(big, src, Gpp).OutputPath!, "gpp");
        var b = Harness.Read(Harness.Converted(small, src, Gpp, new ConvertOptions(MemoryBudgetBytes: budget)).OutputPath!, "gpp");

        Assert.Equal(a.Data, b.Data);
        Assert.Equal(25 * 16 - 4, b.Valid);
        // Output row 1 is source row 2 (latitude flipped), output column 0 is source column 2 (0°, rolled).
        Assert.Equal(((13 * 7.25) + 6 + 2) / (28 * 86400 * 1000.0), b.At(13, 1, 0), 1e-12);
    }

    [Fact]
    public void Resume_SecondRunUnchangedSource_UpToDate()
    {
        using var dir = new TempDir();
        var (first, input) = Harness.Convert(dir, new SourceFile(), Gpp);
        var written = File.GetLastWriteTimeUtc(first.OutputPath!);

        var second = Harness.ConvertFile(dir, input, Gpp);

        Assert.Equal(WorkStatus.Converted, first.Status);
        Assert.Equal(WorkStatus.UpToDate, second.Status);
        Assert.Equal(first.OutputPath, second.OutputPath);
        Assert.Equal(written, File.GetLastWriteTimeUtc(first.OutputPath!));
    }

    [Fact]
    public void Resume_SourceTouched_ConvertedAgain()
    {
        using var dir = new TempDir();
        var (first, input) = Harness.Convert(dir, new SourceFile(), Gpp);
        File.SetLastWriteTimeUtc(input, File.GetLastWriteTimeUtc(input).AddMinutes(5));

        var second = Harness.ConvertFile(dir, input, Gpp);

        Assert.Equal(WorkStatus.Converted, second.Status);
        Assert.Equal([first.OutputPath!], Harness.FilesUnder(dir));
    }

    [Fact]
    public void Resume_DifferentOutputFormat_ConvertedAgain()
    {
        using var dir = new TempDir();
        var (_, input) = Harness.Convert(dir, new SourceFile(), Gpp);

        var second = Harness.ConvertFile(dir, input, Gpp, new ConvertOptions(Format: OutputFormat.NetCdf3Offset64));

        Assert.Equal(WorkStatus.Converted, second.Status);
    }

    [Fact]
    public void Resume_ForceOnUpToDateOutput_ConvertedAgain()
    {
        using var dir = new TempDir();
        var (_, input) = Harness.Convert(dir, new SourceFile(), Gpp);

        var second = Harness.ConvertFile(dir, input, Gpp, force: true);

        Assert.Equal(WorkStatus.Converted, second.Status);
    }

    [Fact]
    public void Convert_CancelledBeforeStart_FailsInterruptedAndLeavesNothing()
    {
        using var dir = new TempDir();
        var input = Path.Combine(dir.Path, "in", Gpp);
        Directory.CreateDirectory(Path.GetDirectoryName(input)!);
        new SourceFile().WriteTo(input);
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        var outcome = Harness.ConvertItem(new WorkItem("i", input, "m", "s", "v", 1), Gpp, Harness.OutRoot(dir), new ConvertOptions(), [], false, cancel.Token);

        Assert.Equal(WorkStatus.Failed, outcome.Status);
        Assert.Equal(ReasonCodes.Interrupted, outcome.ReasonCode);
        Assert.Empty(Harness.FilesUnder(dir));
        // No empty model folder either: ILAMB 2.x would list it as a model without variables.
        Assert.False(Directory.Exists(Path.Combine(Harness.OutRoot(dir), "S3")), "an empty output folder was left behind");
    }

    [Theory]
    [InlineData(NcCreateFormat.Classic, 1L)]
    [InlineData(NcCreateFormat.Classic, ConvertOptions.DefaultMemoryBudget)]
    [InlineData(NcCreateFormat.Offset64Bit, 100L)]
    [InlineData(NcCreateFormat.NetCdf4Classic, 1L)]
    [InlineData(NcCreateFormat.NetCdf4, 1L)]
    public void InputFormat_RecordTimeDimensionPackedShorts_ConvertedAlike(NcCreateFormat format, long budget)
    {
        using var dir = new TempDir();
        var src = new SourceFile
        {
            Format = format, UnlimitedTime = true, Type = NcType.Short, Lat = [45, -45],
            DataAttributes = v => v.Attr("scale_factor", NcType.Float, 0.25).Attr("add_offset", NcType.Float, -3),
            Extra = b => b.Variable("other", NcType.Float, "time").Values([.. Enumerable.Range(0, 12).Select(i => (double)i)]).And(),
        };

        var o = Harness.Read(Harness.Converted(dir, src, Gpp, new ConvertOptions(MemoryBudgetBytes: budget)).OutputPath!, "gpp");

        // Output row 0 (−45°) is source row 1.
        Assert.Equal((1113 * 0.25) - 3, o.At(11, 0, 2));
        Assert.Equal((1103 * 0.25) - 3, o.At(11, 1, 2));
        Assert.Equal(72, o.Valid);
    }

    [Fact]
    public void Resume_DamagedFileUnderOutputName_ConvertedAgain()
    {
        using var dir = new TempDir();
        var (first, input) = Harness.Convert(dir, new SourceFile(), Gpp);
        File.WriteAllBytes(first.OutputPath!, []);

        var second = Harness.ConvertFile(dir, input, Gpp);

        Assert.Equal(WorkStatus.Converted, second.Status);
        Assert.Equal(113, Harness.Read(second.OutputPath!, "gpp").At(1, 1, 2));
    }

    [Fact]
    public void Companion_OceanCoverFrac_SkippedNotFailed()
    {
        // sftlf/areacella (Part 3 item 10) are built per model from companions, not by the single-file path.
        using var dir = new TempDir();
        const string rel = "CABLE-POP/S3/CABLE-POP_S3_oceanCoverFrac.nc";
        var (outcome, _) = Harness.Convert(dir, new SourceFile { Variable = "oceanCoverFrac", Units = "1" }, rel);

        Assert.Equal(WorkStatus.Skipped, outcome.Status);
        Assert.Contains("sftlf", outcome.Message);
        Assert.Empty(Harness.FilesUnder(dir));
    }

    [Fact]
    public void KnownIssue_VisitUtTas_WarningInOutcomeAndOutput()
    {
        using var dir = new TempDir();

        var outcome = Harness.Converted(dir, new SourceFile { Variable = "tas", Units = "K" }, "VISIT-UT/S3/visit-ut_S3_tas.nc");

        Assert.Contains(outcome.Diagnostics, d => d.StartsWith("warning FIX001", StringComparison.Ordinal) && d.Contains("offset", StringComparison.Ordinal));
        Assert.Contains("offset", Harness.Read(outcome.OutputPath!, "tas").Global("conversion_known_issues"));
    }

    [Fact]
    public void ClmPerPftSplitFile_PftIndex_ArchivedWithIndexInName()
    {
        using var dir = new TempDir();

        var outcome = Harness.Converted(dir, new SourceFile { Variable = "gpppft" }, "CLM/S3/CLM6.0_S3_gpppft_PFT05.nc");

        var relative = Path.GetRelativePath(Harness.OutRoot(dir), outcome.OutputPath!).Replace('\\', '/');
        Assert.StartsWith("pft/S3/CLM/", relative);
        Assert.Contains("_PFT05_200001-200012.nc", relative);
    }

    [Fact]
    public void CardamomTasMax_ModelAlias_WrittenAsTasmax()
    {
        using var dir = new TempDir();

        var outcome = Harness.Converted(dir, new SourceFile { Variable = "tas_max", Units = "K" }, "CARDAMOM/S3/CARDAMOM_S3_tas_max.nc");

        Assert.StartsWith("tasmax_", Path.GetFileName(outcome.OutputPath));
        Assert.Equal(113, Harness.Read(outcome.OutputPath!, "tasmax").At(1, 1, 2));
    }

    [Fact]
    public void Convert_CancelledNextToAnOutput_KeepsFolderAndOutput()
    {
        using var dir = new TempDir();
        var done = Harness.Converted(dir, new SourceFile(), Gpp);
        var input = Path.Combine(dir.Path, "in", "CLASSIC/S3/CLASSIC_S3_npp.nc");
        new SourceFile { Variable = "npp" }.WriteTo(input);
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        var outcome = Harness.ConvertItem(new WorkItem("i", input, "m", "s", "v", 1), "CLASSIC/S3/CLASSIC_S3_npp.nc", Harness.OutRoot(dir),
            new ConvertOptions(), [], false, cancel.Token);

        Assert.Equal(ReasonCodes.Interrupted, outcome.ReasonCode);
        Assert.Equal([done.OutputPath!], Harness.FilesUnder(dir));
    }
}
