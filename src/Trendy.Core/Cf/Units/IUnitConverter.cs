namespace Trendy.Core.Cf.Units;

/// <summary>
/// Converts between two UDUNITS-2 units strings. Core declares it so planning stays pure; the real
/// implementation (<c>Trendy.Native.Udunits.UdunitsConverter</c>) asks libudunits2, tests may use either.
/// </summary>
public interface IUnitConverter
{
    /// <summary>
    /// The affine conversion from <paramref name="from"/> to <paramref name="to"/>, or null with
    /// <paramref name="error"/> saying why (unparseable string, incompatible dimensions, non-linear relation).
    /// </summary>
    UnitConversion? TryGetConversion(string from, string to, out string? error);
}
