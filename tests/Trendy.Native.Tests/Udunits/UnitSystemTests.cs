using Trendy.Native.Udunits;

namespace Trendy.Native.Tests.Udunits;

public sealed class UnitSystemTests
{
    private static UnitSystem System => UnitSystem.Default;

    [Fact]
    public void GetConversion_GramPerSquareMetrePerDayToKgPerSquareMetrePerSecond_FactorIsOneOver86400000()
    {
        // g → kg is 1e-3 (SI prefix), one day is 86 400 s (udunits2-accepted.xml: d = 24 h): 1e-3 / 86 400.
        var conversion = System.GetConversion("g m-2 d-1", "kg m-2 s-1");

        Close.Equal(1.0 / 86_400_000, conversion.Factor);
        Assert.Equal(0.0, conversion.Offset);
    }

    [Fact]
    public void GetConversion_CelsiusToKelvin_OffsetIs273Point15AndFactorOne()
    {
        // 0 °C = 273.15 K by definition of the Celsius scale (SI Brochure §2.3.1).
        var conversion = System.GetConversion("degC", "K");

        Close.Equal(1.0, conversion.Factor);
        Close.Equal(273.15, conversion.Offset);
    }

    [Fact]
    public void GetConversion_MassPerAreaToKelvin_RefusedNamingBothStrings()
    {
        var ex = Assert.Throws<UnitsException>(() => System.GetConversion("kg m-2", "K"));

        Assert.Contains("'kg m-2'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'K'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("UT_MEANINGLESS", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetConversion_PercentToOne_FactorIsOneHundredth()
    {
        var conversion = System.GetConversion("%", "1");

        Close.Equal(0.01, conversion.Factor);
        Assert.Equal(0.0, conversion.Offset);
    }

    [Fact]
    public void GetConversion_ReciprocalUnits_RefusedAsNonLinear()
    {
        // ut_are_convertible says yes to m-2 → m2 (docs/contract.md §1.8 caveat); a sign slip must not pass.
        var ex = Assert.Throws<UnitsException>(() => System.GetConversion("m-2", "m2"));

        Assert.Contains("not linear", ex.Message, StringComparison.Ordinal);
        Assert.False(System.AreConvertible("m-2", "m2"));
    }

    [Theory]
    [InlineData("W m-2", "kg s-3", true)]
    [InlineData("kg m-2 s-1", "g m-2 d-1", true)]
    [InlineData("kg m-2 s-1", "kg m-2", false)]
    [InlineData("degC", "K", true)]
    public void AreConvertible_KnownPairs_MatchesDimensions(string from, string to, bool expected) =>
        Assert.Equal(expected, System.AreConvertible(from, to));

    [Theory]
    [InlineData("kg m-2 frobs-1", "UT_UNKNOWN")]
    [InlineData("gC/m2/mon", "UT_UNKNOWN")]
    [InlineData("kg m-2 s-1 )", "syntax error")]
    public void Parse_UnknownOrBadString_ThrowsNamingTheString(string units, string status)
    {
        var ex = Assert.Throws<UnitsException>(() => System.Parse(units).Dispose());

        Assert.Contains($"'{units}'", ex.Message, StringComparison.Ordinal);
        Assert.Contains(status, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" kg")]
    public void Parse_EmptyOrPadded_Throws(string units) =>
        Assert.Throws<UnitsException>(() => System.Parse(units).Dispose());

    [Fact]
    public void Parse_ValidString_KeepsTextAndFreesOnDispose()
    {
        var unit = System.Parse("kg m-2 s-1");

        Assert.Equal("kg m-2 s-1", unit.Text);
        unit.Dispose();
        Assert.True(unit.Handle.IsClosed);
    }

    [Fact]
    public void Load_MissingDatabase_ThrowsNamingThePath()
    {
        var path = Path.Combine(Path.GetTempPath(), "no-such-dir-" + Guid.NewGuid().ToString("N"), "udunits2.xml");

        var ex = Assert.Throws<UnitsException>(() => UnitSystem.Load(path).Dispose());

        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        Assert.Contains("UT_OPEN_ARG", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_InstalledDatabase_ConvertsAndDisposes()
    {
        using var system = UnitSystem.Load("/usr/share/xml/udunits/udunits2.xml");

        Close.Equal(1e-3, system.GetConversion("g", "kg").Factor);
    }

    [Fact]
    public void Parse_AfterDispose_ThrowsObjectDisposed()
    {
        var system = UnitSystem.Load("/usr/share/xml/udunits/udunits2.xml");
        system.Dispose();

        Assert.Throws<ObjectDisposedException>(() => system.Parse("kg"));
    }

    [Fact]
    public void Dispose_WhileUnitAlive_FreesSystemOnlyAfterUnit()
    {
        var system = UnitSystem.Load("/usr/share/xml/udunits/udunits2.xml");
        var unit = system.Parse("kg m-2");

        system.Dispose();
        Assert.False(unit.Handle.IsClosed);
        unit.Dispose();

        Assert.True(unit.Handle.IsClosed);
    }

    [Fact]
    public void Default_Dispose_IsIgnored()
    {
        UnitSystem.Default.Dispose();

        Close.Equal(1e-3, UnitSystem.Default.GetConversion("g", "kg").Factor);
    }

    [Fact]
    public void NativeCall_WithoutGate_Throws() =>
        Assert.Throws<InvalidOperationException>(() => UdunitsNative.Status());

    [Fact]
    public void GetConversion_ManyThreads_AllResultsCorrect()
    {
        // UDUNITS keeps its status in a global; without the gate a failing call on one thread can report
        // another's status. Mix failing and succeeding calls and check every answer.
        var wrong = 0;
        Parallel.For(0, 400, i =>
        {
            if (i % 2 == 0)
            {
                if (System.GetConversion("g m-2 d-1", "kg m-2 s-1").Factor != 1.0 / 86_400_000) Interlocked.Increment(ref wrong);
            }
            else
            {
                try { System.GetConversion("kg m-2", "K"); Interlocked.Increment(ref wrong); }
                catch (UnitsException ex) when (ex.Message.Contains("UT_MEANINGLESS", StringComparison.Ordinal)) { }
            }
        });

        Assert.Equal(0, wrong);
    }
}
