using Trendy.Core.Cf.Units;

namespace Trendy.Native.Udunits;

/// <summary>
/// A UDUNITS-2 unit system read from an XML database, with the three operations planning needs:
/// parse, test convertibility, and get an affine conversion. Every native call holds <see cref="NativeGate.Sync"/>.
/// </summary>
public sealed class UnitSystem : IDisposable
{
    /// <summary>The environment variable UDUNITS-2 itself reads for the database path (udunits2lib docs).</summary>
    public const string XmlPathVariable = "UDUNITS2_XML_PATH";

    // Loaded once per process: reading the database parses ~2,500 unit definitions, and the handle
    // is never freed because any code may still hold units from it.
    private static readonly Lazy<UnitSystem> Shared =
        new(() => Load(Environment.GetEnvironmentVariable(XmlPathVariable), isShared: true));

    private readonly UnitSystemHandle _handle;
    private readonly bool _isShared;

    private UnitSystem(UnitSystemHandle handle, string database, bool isShared)
    {
        _handle = handle;
        Database = database;
        _isShared = isShared;
    }

    /// <summary>The process-wide system: <c>UDUNITS2_XML_PATH</c> if set, else the installed default database.</summary>
    public static UnitSystem Default => Shared.Value;

    /// <summary>Where the database came from, for messages.</summary>
    public string Database { get; }

    /// <summary>Reads a database; null means <c>UDUNITS2_XML_PATH</c>, else the installed default.</summary>
    public static UnitSystem Load(string? xmlPath) => Load(xmlPath, isShared: false);

    /// <summary>Parses <paramref name="units"/>; throws <see cref="UnitsException"/> naming the string if UDUNITS cannot.</summary>
    public ParsedUnit Parse(string units)
    {
        ArgumentNullException.ThrowIfNull(units);
        // ut_parse maps "" to the dimensionless unit and rejects surrounding blanks; neither is what a caller means.
        if (units.Trim().Length == 0) throw new UnitsException("cannot parse units '': the string is empty");
        if (units.Trim().Length != units.Length)
            throw new UnitsException($"cannot parse units '{units}': leading or trailing blanks (UDUNITS rejects them)");
        // The unit holds a reference on the system so the system cannot be freed under it; taking it first
        // also turns use after Dispose into ObjectDisposedException instead of a call on freed memory.
        var added = false;
        _handle.DangerousAddRef(ref added);
        try
        {
            lock (NativeGate.Sync)
            {
                var unit = UdunitsNative.Parse(_handle.DangerousGetHandle(), units);
                if (unit == 0)
                {
                    // libudunits2 2.2.28 leaves the status at UT_SUCCESS for some syntax errors ("kg )"), so say what it means.
                    var status = UdunitsNative.Status();
                    var said = status == UdunitsStatus.Success ? "a syntax error (no status set)" : status.Describe();
                    throw new UnitsException($"cannot parse units '{units}': UDUNITS-2 says {said}");
                }

                return new ParsedUnit(units, new UnitHandle(unit, _handle));
            }
        }
        catch
        {
            _handle.DangerousRelease();
            throw;
        }
    }

    /// <summary>
    /// True when an affine conversion exists. Stricter than <c>ut_are_convertible</c>, which also accepts
    /// reciprocals (<c>m-2</c> "converts" to <c>m2</c>; docs/contract.md §1.8 caveat).
    /// </summary>
    public bool AreConvertible(string from, string to)
    {
        using var source = Parse(from);
        using var target = Parse(to);
        lock (NativeGate.Sync)
        {
            return UdunitsNative.AreConvertible(Raw(source), Raw(target)) && TryAffine(source, target, out _, out _);
        }
    }

    /// <summary>
    /// The conversion with <c>to = Factor × from + Offset</c>, derived by converting 0 and 1 through
    /// UDUNITS' own converter; throws <see cref="UnitsException"/> naming both strings when there is none.
    /// </summary>
    public UnitConversion GetConversion(string from, string to)
    {
        using var source = Parse(from);
        using var target = Parse(to);
        lock (NativeGate.Sync)
        {
            if (TryAffine(source, target, out var conversion, out var reason)) return conversion;
            throw new UnitsException($"cannot convert '{from}' to '{to}': {reason}");
        }
    }

    /// <summary>Frees the database; a no-op for <see cref="Default"/>, which lives as long as the process.</summary>
    public void Dispose()
    {
        if (!_isShared) _handle.Dispose();
    }

    private static UnitSystem Load(string? xmlPath, bool isShared)
    {
        var database = xmlPath is null ? "the default UDUNITS-2 database" : $"UDUNITS-2 database '{xmlPath}'";
        lock (NativeGate.Sync)
        {
            UdunitsNative.EnsureLoaded();
            var system = UdunitsNative.ReadXml(xmlPath);
            if (system == 0)
            {
                var status = UdunitsNative.Status();
                throw new UnitsException($"cannot read {database}: UDUNITS-2 says {status.Describe()}");
            }

            return new UnitSystem(new UnitSystemHandle(system), database, isShared);
        }
    }

    private static nint Raw(ParsedUnit unit) => unit.Handle.DangerousGetHandle();

    // Caller holds the gate. Converts 0, 1 and 2: offset = f(0), factor = f(1) - f(0), and f(2) must
    // equal 2·factor + offset, which a reciprocal (x → 1/x) or logarithmic converter does not satisfy.
    private static bool TryAffine(ParsedUnit from, ParsedUnit to, out UnitConversion conversion, out string reason)
    {
        conversion = UnitConversion.Identity;
        var raw = UdunitsNative.GetConverter(Raw(from), Raw(to));
        if (raw == 0)
        {
            reason = "UDUNITS-2 says " + UdunitsNative.Status().Describe();
            return false;
        }

        using var converter = new ConverterHandle(raw);
        var at0 = UdunitsNative.Convert(raw, 0.0);
        var at1 = UdunitsNative.Convert(raw, 1.0);
        var at2 = UdunitsNative.Convert(raw, 2.0);
        var factor = at1 - at0;
        var expected2 = (2.0 * factor) + at0;
        var linear = double.IsFinite(at0) && double.IsFinite(factor) && factor != 0.0
            && Math.Abs(at2 - expected2) <= 1e-12 * Math.Max(1.0, Math.Abs(expected2));
        if (!linear)
        {
            reason = "the relation is not linear (reciprocal or logarithmic units; check the exponent signs)";
            return false;
        }

        conversion = new UnitConversion(factor, at0);
        reason = "";
        return true;
    }
}
