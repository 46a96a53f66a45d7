using Trendy.Core.Targets;

namespace Trendy.Core.Tests.Targets;

public class TargetCatalogParseTests
{
    private const string Header = "trendy_name,output_name,long_name,standard_name,units,cmip_table,cmip_name,table_day,table_mon,table_yr,table_fx," +
        "trendy_frequency,extra_axis,quantity,ilamb_side,positive,cell_methods,ilamb_use,default," +
        "plausible_aggregate,plausible_min,plausible_max,plausible_units,plausible_source";

    /// <summary>A gpp row with <paramref name="extraAxis"/>, <paramref name="ilambUse"/> and <paramref name="plausible"/> (the five plausible_* fields).</summary>
    private static string Gpp(string name = "gpp", string extraAxis = "none", string ilambUse = "", string @default = "no", string plausible = ",,,,") =>
        $"{name},{name},GPP,,kg m-2 s-1,Lmon,{name},,Lmon,,,monthly,{extraAxis},flux,no,,,{ilambUse},{@default},{plausible}";

    [Fact]
    public void Parse_QuotedFieldsWithCommasAndQuotes_KeptWhole()
    {
        var csv = Header + "\n" +
            "gpp,gpp,GPP,gpp_std,kg m-2 s-1,Lmon,gpp,,Lmon,,,monthly,none,flux,no,,\"area: mean where land time: mean\",\"ILAMB2: GPP (FLUXNET, WECANN) | ilamb3: GPP\",yes," +
            "global-total,80,200,Pg yr-1,\"say \"\"hi\"\", twice\nsecond line\"\n";
        var s = TargetCatalog.Parse(csv).Find("gpp")!;
        Assert.Equal("ILAMB2: GPP (FLUXNET, WECANN) | ilamb3: GPP", s.IlambUseText);
        Assert.Equal("say \"hi\", twice\nsecond line", s.Plausibility!.Source);
    }

    [Fact]
    public void Parse_CrLfLineEnds_Accepted()
    {
        var csv = Header + "\r\n" + Gpp() + "\r\n";
        Assert.Single(TargetCatalog.Parse(csv).All);
    }

    [Fact]
    public void Parse_WrongFieldCount_ThrowsWithLine()
    {
        var csv = Header + "\ngpp,gpp,GPP,,kg m-2 s-1,Lmon,gpp,,Lmon,,,monthly,none\n";
        var ex = Assert.Throws<FormatException>(() => TargetCatalog.Parse(csv));
        Assert.Contains("line 2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownExtraDimension_Throws()
    {
        var csv = Header + "\n" + Gpp(extraAxis: "layer") + "\n";
        Assert.Throws<FormatException>(() => TargetCatalog.Parse(csv));
    }

    [Fact]
    public void Parse_NamesDifferingOnlyInCase_Throws()
    {
        var csv = Header + "\n" + Gpp("lai") + "\n" + Gpp("LAI") + "\n";
        Assert.Throws<FormatException>(() => TargetCatalog.Parse(csv));
    }

    [Fact]
    public void Parse_UnclosedQuote_Throws()
    {
        var csv = Header + "\ngpp,\"gpp,GPP,,kg m-2 s-1,Lmon,gpp,,Lmon,,,monthly,none,flux,no,,,,no,,,,,\n";
        Assert.Throws<FormatException>(() => TargetCatalog.Parse(csv));
    }

    [Fact]
    public void Parse_WrongHeader_Throws()
    {
        Assert.Throws<FormatException>(() => TargetCatalog.Parse("name,units\ngpp,kg\n"));
    }

    [Fact]
    public void Parse_LegendLines_SkippedAndCountedInLineNumbers()
    {
        var csv = "# legend\n# second legend line\n" + Header + "\n" + Gpp() + "\ngpp2,gpp2\n";
        var ex = Assert.Throws<FormatException>(() => TargetCatalog.Parse(csv));
        Assert.Contains("line 5", ex.Message, StringComparison.Ordinal);
        Assert.Single(TargetCatalog.Parse("# legend\n" + Header + "\n" + Gpp() + "\n").All);
    }

    [Fact]
    public void Parse_PlausibleRange_ReadAsTyped()
    {
        var csv = Header + "\n" + Gpp(ilambUse: "ILAMB2: GPP", @default: "yes", plausible: "global-total,-1.5e1,2E2,Pg yr-1,Beer et al. 2010") + "\n";
        var s = TargetCatalog.Parse(csv).Find("gpp")!;
        Assert.Equal(new PlausibleRange(PlausibleAggregate.GlobalTotal, -15, 200, "Pg yr-1", "Beer et al. 2010"), s.Plausibility);
        Assert.True(s.IsDefault);
        Assert.Equal(Quantity.Flux, s.Quantity);
        Assert.Equal("Lmon", s.Tables.For(Trendy.Core.Cf.Time.TimeFrequency.Monthly));
        Assert.Equal("", s.Tables.For(Trendy.Core.Cf.Time.TimeFrequency.Annual));
    }

    [Theory]
    [InlineData("land-mean,,,,")] // aggregate without bounds
    [InlineData(",0,1,K,source")] // bounds without aggregate
    [InlineData("land-mean,3,1,K,source")] // min above max
    [InlineData("land-mean,a,1,K,source")] // not a number
    [InlineData("zonal-mean,0,1,K,source")] // unknown aggregate
    public void Parse_BadPlausibleRange_Throws(string plausible)
    {
        var csv = Header + "\n" + Gpp(plausible: plausible) + "\n";
        var ex = Assert.Throws<FormatException>(() => TargetCatalog.Parse(csv));
        Assert.Contains("line 2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DefaultWithoutIlambUse_Throws()
    {
        var csv = Header + "\n" + Gpp(@default: "yes") + "\n";
        Assert.Throws<FormatException>(() => TargetCatalog.Parse(csv));
    }

    [Theory]
    [InlineData("flux,maybe")] // ilamb_side not yes/no
    [InlineData("stock,no")] // unknown quantity
    [InlineData("companion,yes")] // companion and ILAMB-side at once
    public void Parse_BadRoleColumns_Throw(string quantityAndSide)
    {
        var csv = Header + "\n" + Gpp().Replace("flux,no", quantityAndSide, StringComparison.Ordinal) + "\n";
        Assert.Throws<FormatException>(() => TargetCatalog.Parse(csv));
    }
}
