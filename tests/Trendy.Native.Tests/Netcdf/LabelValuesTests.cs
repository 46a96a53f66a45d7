using Trendy.Core.Inventory;
using Trendy.Native.Netcdf;
using Trendy.Testing;

namespace Trendy.Native.Tests.Netcdf;

/// <summary>Small char (n, strlen) and string (n) variables are read into the header as one label per index (PFT names).</summary>
public sealed class LabelValuesTests
{
    [Theory]
    [InlineData(NcCreateFormat.Classic)]
    [InlineData(NcCreateFormat.NetCdf4)]
    public void ReadHeader_CharLabelVariable_OneTrimmedLabelPerRow(NcCreateFormat format)
    {
        using var dir = new TempDir();
        var path = MessyNetcdf.Create().Format(format).Dimension("pft", 3).Dimension("nchar", 8)
            .Variable("PFT_names", NcType.Char, "pft", "nchar").Text("C3 grass", "C4\0\0\0\0\0\0", "tree    ").And()
            .WriteTo(dir.File("labels.nc"));

        using var f = NcFile.OpenRead(path);

        Assert.Equal(["C3 grass", "C4", "tree"], f.ReadHeader().Texts("PFT_names")!);
    }

    [Fact]
    public void ReadHeader_StringLabelVariable_OneLabelPerIndex()
    {
        using var dir = new TempDir();
        var path = MessyNetcdf.Create().Format(NcCreateFormat.NetCdf4).Dimension("pft", 2)
            .Variable("pft_name", NcType.String, "pft").Text("broadleaf evergreen", "C4 grass").And()
            .WriteTo(dir.File("strings.nc"));

        using var f = NcFile.OpenRead(path);

        Assert.Equal(["broadleaf evergreen", "C4 grass"], f.ReadHeader().Texts("pft_name")!);
    }

    [Fact]
    public void ReadHeader_NumericVariable_NoLabels()
    {
        using var dir = new TempDir();
        var path = MessyNetcdf.Create().Dimension("pft", 2).Variable("pft", NcType.Int, "pft").Values(1, 2).And().WriteTo(dir.File("n.nc"));

        using var f = NcFile.OpenRead(path);

        Assert.Null(f.ReadHeader().Texts("pft"));
    }
}
