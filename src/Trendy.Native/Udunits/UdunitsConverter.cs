using Trendy.Core.Cf.Units;

namespace Trendy.Native.Udunits;

/// <summary>The real <see cref="IUnitConverter"/>: asks libudunits2 through a <see cref="UnitSystem"/>.</summary>
public sealed class UdunitsConverter : IUnitConverter
{
    private readonly UnitSystem _system;

    /// <summary>Uses <see cref="UnitSystem.Default"/>.</summary>
    public UdunitsConverter()
        : this(UnitSystem.Default)
    {
    }

    public UdunitsConverter(UnitSystem system) => _system = system;

    public UnitConversion? TryGetConversion(string from, string to, out string? error)
    {
        try
        {
            var conversion = _system.GetConversion(from, to);
            error = null;
            return conversion;
        }
        catch (UnitsException ex)
        {
            error = ex.Message;
            return null;
        }
    }
}
