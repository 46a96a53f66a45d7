using Trendy.Native.Udunits;

namespace Trendy.Native.Tests.Udunits;

public sealed class UdunitsConverterTests
{
    [Fact]
    public void TryGetConversion_Convertible_ReturnsFactor()
    {
        var conversion = new UdunitsConverter().TryGetConversion("g m-2", "kg m-2", out var error);

        Assert.NotNull(conversion);
        Assert.Null(error);
        Close.Equal(1e-3, conversion.Factor);
    }

    [Fact]
    public void TryGetConversion_Incompatible_ReturnsNullWithMessage()
    {
        var conversion = new UdunitsConverter().TryGetConversion("kg m-2", "K", out var error);

        Assert.Null(conversion);
        Assert.NotNull(error);
        Assert.Contains("cannot convert 'kg m-2' to 'K'", error, StringComparison.Ordinal);
    }
}
