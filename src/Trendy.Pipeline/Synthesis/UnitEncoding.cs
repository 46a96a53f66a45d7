namespace Trendy.Pipeline.Synthesis;

/// <summary>
/// How a model expresses a canonical value (kg m-2 s-1, kg m-2, K, fraction): file value =
/// canonical × <see cref="Factor"/> (× seconds in the step when <see cref="PerStep"/>) + <see cref="Offset"/>.
/// The numbers stay physically consistent with the units string (docs/quirks.md §6, units strings seen).
/// </summary>
public sealed record UnitEncoding(string Text, double Factor = 1, double Offset = 0, bool PerStep = false, string Attribute = "units")
{
    public static readonly UnitEncoding KgPerM2PerS = new("kg m-2 s-1");
    public static readonly UnitEncoding KgCPerM2PerS = new("kg C m-2 s-1");
    public static readonly UnitEncoding LatexKgPerM2PerS = new("kg m$^{-2}$ s$^{-1}$");
    public static readonly UnitEncoding GramsCPerM2PerMonth = new("gC m-2 month-1", 1000, PerStep: true);
    public static readonly UnitEncoding GramsCPerM2PerDay = new("gC/m2/day", 1000.0 * 86_400);
    public static readonly UnitEncoding MmPerMonth = new("mm/month", 1, PerStep: true);
    public static readonly UnitEncoding KgPerM2 = new("kg m-2");
    public static readonly UnitEncoding GramsCPerM2 = new("gC m-2", 1000);
    public static readonly UnitEncoding Kelvin = new("K");
    public static readonly UnitEncoding Celsius = new("degC", 1, -273.15);
    public static readonly UnitEncoding One = new("1");
    public static readonly UnitEncoding M2PerM2 = new("m2/m2");
    public static readonly UnitEncoding Fraction = new("fraction");
    public static readonly UnitEncoding WattsPerM2 = new("W m-2");
    public static readonly UnitEncoding Metres = new("m");

    /// <summary>The same units written under an attribute named <c>unit</c> (docs/quirks.md §6).</summary>
    public UnitEncoding UnderUnitAttribute() => this with { Attribute = "unit" };

    public double Encode(double canonical, double secondsInStep) =>
        (canonical * Factor * (PerStep ? secondsInStep : 1)) + Offset;
}
