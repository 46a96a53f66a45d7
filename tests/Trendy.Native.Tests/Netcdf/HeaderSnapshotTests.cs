using System.Text;
using Trendy.Core.Inventory;
using Trendy.Native.Netcdf;
using Trendy.Testing;

namespace Trendy.Native.Tests.Netcdf;

/// <summary>Golden text dumps of headers read back from builder-made files (PureHDF's habit, docs/architecture.md).</summary>
public sealed class HeaderSnapshotTests
{
    private static MessyNetcdf TrendyLike(NcCreateFormat format) => MessyNetcdf.Create().Format(format)
        .Dimension("time", 0).Dimension("latitude", 2).Dimension("longitude", 3)
        .Variable("time", NcType.Double, "time").Values(15.5, 45).Attr("units", "days since 1700-01-01").And()
        .Variable("latitude", NcType.Float, "latitude").Values(45, -45).Attr("units", "degrees_north").And()
        .Variable("longitude", NcType.Float, "longitude").Values(0, 120, 240).And()
        .Variable("gpp", NcType.Float, "time", "latitude", "longitude").Values(new double[12])
            .Attr("unit", "gC m-2 day-1").Attr("missing_value", NcType.Float, -99999).And()
        .Global("institution", "somewhere");

    private static string Dump(DatasetHeader h)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"format {h.Format}");
        foreach (var d in h.Dimensions) sb.AppendLine($"dim {d.Name} = {d.Length}{(d.IsUnlimited ? " (unlimited)" : "")}");
        foreach (var v in h.Variables)
        {
            sb.AppendLine($"var {v.Type} {v.Name}({string.Join(", ", v.Dimensions)})");
            foreach (var a in v.Attributes) sb.AppendLine($"  {a.Name}:{a.Type} = {a}");
        }

        foreach (var a in h.GlobalAttributes) sb.AppendLine($"global {a.Name}:{a.Type} = {a}");
        foreach (var (k, vals) in h.CoordinateValues.OrderBy(x => x.Key, StringComparer.Ordinal)) sb.AppendLine($"values {k} = {string.Join(" ", vals)}");
        return sb.ToString();
    }

    private const string Expected = """
        dim time = 2 (unlimited)
        dim latitude = 2
        dim longitude = 3
        var Double time(time)
          units:Char = "days since 1700-01-01"
        var Float latitude(latitude)
          units:Char = "degrees_north"
        var Float longitude(longitude)
        var Float gpp(time, latitude, longitude)
          unit:Char = "gC m-2 day-1"
          missing_value:Float = -99999
        global institution:Char = "somewhere"
        values latitude = 45 -45
        values longitude = 0 120 240
        values time = 15.5 45

        """;

    [Fact]
    public void Header_NetCdf3Classic_MatchesSnapshot()
    {
        using var dir = new TempDir();
        var path = TrendyLike(NcCreateFormat.Classic).WriteTo(dir.File("h3.nc"));
        using var f = NcFile.OpenRead(path);
        Assert.Equal("format Classic\n" + Expected, Dump(f.ReadHeader()));
    }

    [Fact]
    public void Header_NetCdf4_MatchesSnapshot()
    {
        using var dir = new TempDir();
        var path = TrendyLike(NcCreateFormat.NetCdf4).WriteTo(dir.File("h4.nc"));
        using var f = NcFile.OpenRead(path);
        Assert.Equal("format NetCdf4\n" + Expected, Dump(f.ReadHeader()));
    }

    [Theory]
    [InlineData(NcCreateFormat.Offset64Bit, NcFormat.Offset64Bit)]
    [InlineData(NcCreateFormat.Cdf5, NcFormat.Cdf5)]
    [InlineData(NcCreateFormat.NetCdf4Classic, NcFormat.NetCdf4Classic)]
    public void Header_OtherFormats_ReportTheirFormat(NcCreateFormat create, NcFormat expected)
    {
        using var dir = new TempDir();
        var path = TrendyLike(create).WriteTo(dir.File("f.nc"));
        using var f = NcFile.OpenRead(path);
        Assert.Equal(expected, f.ReadHeader().Format);
    }
}
