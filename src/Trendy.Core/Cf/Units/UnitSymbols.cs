using System.Text.RegularExpressions;

namespace Trendy.Core.Cf.Units;

/// <summary>
/// The spellings TRENDY files use for symbols, mapped to UDUNITS-2 names. Sources: the units strings seen
/// in TRENDY v8–v14 (docs/quirks.md §6) and ILAMB's own clean-up, <c>ilamblib.FixDumbUnits</c>
/// (docs/contract.md §1.8), which strips a C/N tag glued to or standing after a mass unit.
/// </summary>
internal static partial class UnitSymbols
{
    /// <summary>Marks a calendar-month factor until the normaliser removes it; not a UDUNITS name.</summary>
    public const string Month = "@month";

    /// <summary>Marks a calendar-year factor until the normaliser removes it; not a UDUNITS name.</summary>
    public const string Year = "@year";

    public static readonly HashSet<string> DimensionlessWords =
        new(["1", "fraction", "frac", "unitless", "dimensionless", "-", "none", "n/a", "na", "0-1", "(0-1)"], StringComparer.OrdinalIgnoreCase);

    public static readonly HashSet<string> PercentWords = new(["%", "percent", "percentage"], StringComparer.OrdinalIgnoreCase);

    // English words mean the string is prose, not units ("kg m-2 s-1 of carbon" is rejected by ILAMB too).
    public static readonly HashSet<string> ProseWords =
        new(["of", "as", "per", "in", "expressed", "carbon", "nitrogen", "water", "equivalent", "since", "dry", "matter"], StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, string> TimeSymbols = new(StringComparer.Ordinal)
    {
        ["s"] = "s", ["sec"] = "s", ["secs"] = "s", ["second"] = "s", ["seconds"] = "s",
        ["min"] = "min", ["mins"] = "min", ["minute"] = "min", ["minutes"] = "min",
        ["h"] = "h", ["hr"] = "h", ["hrs"] = "h", ["hour"] = "h", ["hours"] = "h",
        ["d"] = "d", ["day"] = "d", ["days"] = "d",
        ["mon"] = Month, ["month"] = Month, ["months"] = Month, ["mth"] = Month,
        ["yr"] = Year, ["yrs"] = Year, ["year"] = Year, ["years"] = Year,
    };

    private static readonly HashSet<string> CelsiusSymbols = new(
        ["degC", "deg_C", "degreeC", "degree_C", "degreesC", "degrees_C", "degree_Celsius", "degrees_Celsius", "celsius", "Celsius", "°C"],
        StringComparer.Ordinal);

    private static readonly HashSet<string> KelvinSymbols =
        new(["K", "kelvin", "Kelvin", "degK", "deg_K", "degree_K", "degrees_K"], StringComparer.Ordinal);

    private static readonly HashSet<string> DegreeWords = new(["deg", "degree", "degrees", "°"], StringComparer.Ordinal);

    /// <summary>True for the exact time symbols UDUNITS gets right (s, min, h, d) and the calendar markers.</summary>
    public static bool IsTime(string symbol) => symbol is "s" or "min" or "h" or "d" or Month or Year;

    public static bool TryTime(string symbol, out string mapped) => TimeSymbols.TryGetValue(symbol, out mapped!);

    public static bool IsCelsius(string symbol) => CelsiusSymbols.Contains(symbol);

    public static bool IsKelvin(string symbol) => KelvinSymbols.Contains(symbol);

    public static bool IsDegreeWord(string symbol) => DegreeWords.Contains(symbol);

    /// <summary>A mass unit that a C/N tag may follow: gram with an SI prefix, or the tonne.</summary>
    public static bool IsMass(string symbol) => MassPattern().IsMatch(symbol);

    /// <summary>Splits a glued tag: <c>kgC</c> → (<c>kg</c>, <c>C</c>), <c>PgC</c> → (<c>Pg</c>, <c>C</c>), <c>gN</c> → (<c>g</c>, <c>N</c>).</summary>
    public static bool TrySplitTaggedMass(string symbol, out string mass, out string tag)
    {
        var match = TaggedMassPattern().Match(symbol);
        mass = match.Success ? match.Groups["mass"].Value : "";
        tag = match.Success ? match.Groups["tag"].Value : "";
        return match.Success;
    }

    [GeneratedRegex("^(?:[kmuµnpMGTPE]?g|t)$")]
    private static partial Regex MassPattern();

    [GeneratedRegex("^(?<mass>[kmuµnpMGTPE]?g|t)(?<tag>[CN])$")]
    private static partial Regex TaggedMassPattern();
}
