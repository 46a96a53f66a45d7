using Trendy.Pipeline.Reporting;
using Trendy.Testing;
using static Trendy.Pipeline.Tests.Reporting.CatalogFixtures;

namespace Trendy.Pipeline.Tests.Reporting;

public sealed class IlambCatalogTests
{
    [Fact]
    public void Scan_TwoScenariosWithCompanions_OneRowPerFileWithScenarioInSourceId()
    {
        using var dir = new TempDir();
        var gpp2 = Output(dir.Path, "S2", "CLASSIC", "gpp");
        var area2 = Output(dir.Path, "S2", "CLASSIC", "areacella");
        var land2 = Output(dir.Path, "S2", "CLASSIC", "sftlf");
        var gpp3 = Output(dir.Path, "S3", "CLASSIC", "gpp");
        var nbp3 = Output(dir.Path, "S3", "JULES", "nbp", frequency: "yr");

        var result = IlambCatalog.Scan(dir.Path);

        IlambCatalogRow[] expected =
        [
            new("CLASSIC-S2", "S2", "gn", "S2", "areacella", "fx", area2),
            new("CLASSIC-S2", "S2", "gn", "S2", "gpp", "mon", gpp2),
            new("CLASSIC-S2", "S2", "gn", "S2", "sftlf", "fx", land2),
            new("CLASSIC-S3", "S3", "gn", "S3", "gpp", "mon", gpp3),
            new("JULES-S3", "S3", "gn", "S3", "nbp", "yr", nbp3),
        ];
        Assert.Equal(expected, result.Rows);
        Assert.Empty(result.Skipped);
        Assert.All(result.Rows, r => Assert.True(Path.IsPathRooted(r.Path) && File.Exists(r.Path)));
    }

    [Fact]
    public void Scan_ArchiveReportsAndTemporaryFiles_AreNotListed()
    {
        using var dir = new TempDir();
        var kept = Output(dir.Path, "S3", "CLASSIC", "gpp");
        Output(Path.Combine(dir.Path, "pft"), "S3", "CLASSIC", "gpp");
        Output(dir.Path, "reports", "CLASSIC", "gpp");
        Output(dir.Path, "S3", "CLASSIC", "nbp", fileName: ".nbp_Lmon_CLASSIC_S3_r1i1p1f1_gn_1700-2023.nc");
        Output(dir.Path, "S3", "CLASSIC", "lai", fileName: "lai_Lmon_CLASSIC_S3_r1i1p1f1_gn_1700-2023.nc.tmp");
        Output(dir.Path, "S3", ".CLASSIC.partial", "ra");
        File.WriteAllText(Path.Combine(dir.Path, "S3", "stray.nc"), "not a model folder");

        var result = IlambCatalog.Scan(dir.Path);

        Assert.Equal([kept], result.Rows.Select(r => r.Path));
        Assert.Empty(result.Skipped);
    }

    [Fact]
    public void Scan_UnreadableOrMislabelledFiles_AreSkippedWithAReason()
    {
        using var dir = new TempDir();
        Output(dir.Path, "S3", "CLASSIC", "gpp");
        var mislabelled = Output(dir.Path, "S3", "CLASSIC", "ra", variableIdAttribute: "rh");
        var broken = Path.Combine(dir.Path, "S3", "CLASSIC", "rh_Lmon_CLASSIC_S3_r1i1p1f1_gn_1700-2023.nc");
        File.WriteAllText(broken, "this is not netCDF");

        var result = IlambCatalog.Scan(dir.Path);

        Assert.Equal(["gpp"], result.Rows.Select(r => r.VariableId));
        Assert.Equal([mislabelled, broken], result.Skipped.Select(s => s.Path));
        Assert.Contains("no variable 'rh'", result.Skipped[0].Reason);
        Assert.Contains(broken, result.Skipped[1].Reason);
    }

    [Fact]
    public void Write_PathWithCommaAndQuote_IsQuotedPerRfc4180()
    {
        using var dir = new TempDir();
        var root = Path.Combine(dir.Path, "out, \"final\"");
        var gpp = Output(root, "S3", "CLASSIC", "gpp");

        var result = IlambCatalog.Write(root);

        var quoted = "\"" + gpp.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        var expected = "source_id,member_id,grid_label,experiment_id,variable_id,frequency,path\n" + $"CLASSIC-S3,S3,gn,S3,gpp,mon,{quoted}\n";
        Assert.Equal(Path.Combine(Path.GetFullPath(root), IlambCatalog.FileName), result.CsvPath);
        Assert.Equal(expected, File.ReadAllText(result.CsvPath!));
    }

    [Fact]
    public void Write_AfterAFileIsRemoved_CsvIsRebuiltFromDisk()
    {
        using var dir = new TempDir();
        Output(dir.Path, "S3", "CLASSIC", "gpp");
        var gone = Output(dir.Path, "S3", "JULES", "gpp");
        IlambCatalog.Write(dir.Path);
        File.Delete(gone);
        Output(dir.Path, "S2", "JULES", "nbp");

        var result = IlambCatalog.Write(dir.Path);

        var csv = File.ReadAllLines(result.CsvPath!);
        Assert.Equal(3, csv.Length);
        Assert.DoesNotContain(csv, l => l.Contains(gone, StringComparison.Ordinal));
        Assert.StartsWith("JULES-S2,S2,gn,S2,nbp,mon,", csv[2]);
        Assert.Equal(2, result.Rows.Count);
    }

    [Fact]
    public void Scan_MissingOutputFolder_IsEmpty()
    {
        using var dir = new TempDir();

        Assert.Empty(IlambCatalog.Scan(Path.Combine(dir.Path, "nothing-here")).Rows);
    }
}
