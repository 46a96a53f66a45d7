namespace Trendy.Core.Cf.Time;

/// <summary>
/// CF calendar names (CF 1.11 §4.4.1) mapped to <see cref="CalendarKind"/> in one table, so synonyms
/// are decided once: "gregorian" = "standard", "365_day" = "noleap", "366_day" = "all_leap".
/// </summary>
public static class CalendarNames
{
    private static readonly Dictionary<string, CalendarKind> Synonyms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["standard"] = CalendarKind.Standard,
        ["gregorian"] = CalendarKind.Standard,
        ["proleptic_gregorian"] = CalendarKind.ProlepticGregorian,
        ["julian"] = CalendarKind.Julian,
        ["noleap"] = CalendarKind.NoLeap,
        ["no_leap"] = CalendarKind.NoLeap,
        ["365_day"] = CalendarKind.NoLeap,
        ["all_leap"] = CalendarKind.AllLeap,
        ["366_day"] = CalendarKind.AllLeap,
        ["360_day"] = CalendarKind.Day360,
    };

    /// <summary>Parses a CF calendar attribute, ignoring case and surrounding blanks; false for unknown or empty names.</summary>
    public static bool TryParse(string? name, out CalendarKind kind)
    {
        kind = CalendarKind.Standard;
        if (string.IsNullOrWhiteSpace(name)) return false;
        return Synonyms.TryGetValue(name.Trim(), out kind);
    }

    /// <summary>The canonical CF name written to output files.</summary>
    public static string ToCfName(CalendarKind kind) => kind switch
    {
        CalendarKind.Standard => "standard",
        CalendarKind.ProlepticGregorian => "proleptic_gregorian",
        CalendarKind.Julian => "julian",
        CalendarKind.NoLeap => "noleap",
        CalendarKind.AllLeap => "all_leap",
        CalendarKind.Day360 => "360_day",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown calendar"),
    };
}
