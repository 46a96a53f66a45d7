using Trendy.Core.Targets;

namespace Trendy.Core.Tests.Targets;

public class TargetCatalogParseTests
{
    private const string Header = "name,long_name,cf_standard_name,canonical_units,cmip6_table,frequency_in_trendy,dims_extra,positive,cell_methods,ilamb_uses,notes";

    [Fact]
    public void Parse_QuotedFieldsWithCommasAndQuotes_KeptWhole()
    {
        var csv = Header + "\n" +
            "gpp,GPP,gpp_std,kg m-2 s-1,Lmon,monthly,none,,\"area: mean where land time: mean\",\"ILAMB2: GPP (FLUXNET, WECANN) | ilamb3: GPP\",\"say \"\"hi\"\", twice\nsecond line\"\n";
        var s = TargetCatalog.Parse(csv).Find("gpp")!;
        Assert.Equal("ILAMB2: GPP (FLUXNET, WECANN) | ilamb3: GPP", s.IlambUseText);
        Assert.Equal("say \"hi\", twice\nsecond line", s.Notes);
    }

    [Fact]
    public void Parse_CrLfLineEnds_Accepted()
    {
        var csv = Header + "\r\ngpp,GPP,,kg m-2 s-1,Lmon,monthly,none,,,,\r\n";
        Assert.Single(TargetCatalog.Parse(csv).All);
    }

    [Fact]
    public void Parse_WrongFieldCount_ThrowsWithLine()
    {
        var csv = Header + "\ngpp,GPP,,kg m-2 s-1,Lmon,monthly,none\n";
        var ex = Assert.Throws<FormatException>(() => TargetCatalog.Parse(csv));
        Assert.Contains("line 2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownExtraDimension_Throws()
    {
        var csv = Header + "\ngpp,GPP,,kg m-2 s-1,Lmon,monthly,layer,,,,\n";
        Assert.Throws<FormatException>(() => TargetCatalog.Parse(csv));
    }

    [Fact]
    public void Parse_NamesDifferingOnlyInCase_Throws()
    {
        var csv = Header + "\nlai,LAI,,1,Lmon,monthly,none,,,,\nLAI,LAI,,1,Lmon,monthly,none,,,,\n";
        Assert.Throws<FormatException>(() => TargetCatalog.Parse(csv));
    }

    [Fact]
    public void Parse_UnclosedQuote_Throws()
    {
        var csv = Header + "\ngpp,\"GPP,,kg m-2 s-1,Lmon,monthly,none,,,,\n";
        Assert.Throws<FormatException>(() => TargetCatalog.Parse(csv));
    }

    [Fact]
    public void Parse_WrongHeader_Throws()
    {
        Assert.Throws<FormatException>(() => TargetCatalog.Parse("name,units\ngpp,kg\n"));
    }
}
