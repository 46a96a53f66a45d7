namespace Trendy.Core.Cf.Units;

/// <summary>
/// An affine change of units: <c>to = Factor × from + Offset</c>. Offsets only occur for temperatures
/// (degC → K: factor 1, offset 273.15); everything TRENDY ships otherwise is a pure scale.
/// </summary>
public sealed record UnitConversion(double Factor, double Offset)
{
    public static readonly UnitConversion Identity = new(1.0, 0.0);

    public bool IsIdentity => Factor == 1.0 && Offset == 0.0;

    public double Apply(double value) => (Factor * value) + Offset;
}
