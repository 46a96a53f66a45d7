namespace Trendy.Core.Cf.Units;

/// <summary>One symbol raised to an integer power, e.g. <c>m</c>^-2; the pieces a units string is read into.</summary>
internal readonly record struct UnitFactor(string Symbol, int Exponent)
{
    public UnitFactor Inverted() => this with { Exponent = -Exponent };

    public override string ToString() => Exponent == 1 ? Symbol : Symbol + Exponent.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
