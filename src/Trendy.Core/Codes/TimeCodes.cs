using Trendy.Core.Codes;

namespace Trendy.Core.Cf.Time;

/// <summary>Stable diagnostic codes of the time module (users grep them, tests assert them); meanings: <see cref="Entries"/>.</summary>
public static class TimeCodes
{
    public const string UnitsUnparsable = "TIME001";
    public const string UnitsMissing = "TIME002";
    public const string CalendarUnknown = "TIME003";
    public const string CalendarChosen = "TIME004";
    public const string NotFinite = "TIME005";
    public const string NotMonotonic = "TIME006";
    public const string AllEqual = "TIME007";
    public const string NoRule = "TIME008";
    public const string UnsupportedFrequency = "TIME009";
    public const string NotContiguous = "TIME010";
    public const string InvalidDate = "TIME011";
    public const string FallbackUsed = "TIME012";
    public const string BoundsIgnored = "TIME013";
    public const string EndYearMismatch = "TIME014";
    public const string IndexNotInteger = "TIME015";
    public const string Empty = "TIME016";
    public const string SuffixIgnored = "TIME017";
    public const string EndStamped = "TIME018";
    public const string CalendarContradicted = "TIME019";
    public const string NoTimeDimension = "TIME020";

    private const string AddTimeFix = "add a time fix for the model in a --fixes file (docs/quirks.md)";

    internal static IEnumerable<CodeInfo> Entries =>
    [
        CodeInfo.Error(UnitsUnparsable, "the time units attribute cannot be read as '<unit> since <date>' (CF 4.4)", AddTimeFix),
        CodeInfo.Error(UnitsMissing,
            "the time units attribute is missing, empty or 'none' (a warning when a step-count fallback can still place the axis)", AddTimeFix),
        CodeInfo.Warning(CalendarUnknown, "the calendar attribute names no CF calendar; it is treated as missing", "write a CF calendar name (CF 4.4.1)"),
        CodeInfo.Note(CalendarChosen, "how the calendar was chosen without a usable attribute: from a fix, inferred from the spacing, or the CF default",
            "confirm the calendar; a time fix can set it") with { AsksToConfirm = true },
        CodeInfo.Error(NotFinite, "a time value is NaN or infinite", "ask the modelling team to re-export the file"),
        CodeInfo.Error(NotMonotonic, "time values decrease or repeat", "ask the modelling team to re-export the file"),
        CodeInfo.Warning(AllEqual, "all time values are equal (e.g. all zero), so they carry no date; a step-count fallback is tried", AddTimeFix),
        CodeInfo.Error(NoRule, "no decoding rule fits the axis and no step-count fallback matches its length", AddTimeFix),
        CodeInfo.Error(UnsupportedFrequency, "the step is neither monthly, annual nor daily", "check the file; ILAMB scores monthly and annual series"),
        CodeInfo.Error(NotContiguous, "steps skip or repeat an interval (month, year or day)", "check the file, or the month-index fix"),
        CodeInfo.Error(InvalidDate, "a decoded or origin date does not exist in the calendar or is out of range", AddTimeFix),
        CodeInfo.Warning(FallbackUsed,
            "the step-count fallback fired (3888, 324, 3876, 1968, 164, 1488 steps): the axis was guessed from its length, the values were not used",
            "check the guessed start in the message; a time fix makes it explicit"),
        CodeInfo.Warning(BoundsIgnored, "source time bounds were given but unusable, so they were ignored", "none needed: bounds are rebuilt from the axis"),
        CodeInfo.Warning(EndYearMismatch, "the decoded axis does not end in the release's expected end year", "check the release or the model's span"),
        CodeInfo.Error(IndexNotInteger, "month-index values are not whole numbers", "check the month-index fix"),
        CodeInfo.Error(Empty, "the time axis has no steps", "ask the modelling team to re-export the file"),
        CodeInfo.Note(SuffixIgnored, "text after the origin date was ignored (e.g. '(double)')", ""),
        CodeInfo.Note(EndStamped, "the values were stamped at the end of their intervals and were shifted back one interval", ""),
        CodeInfo.Warning(CalendarContradicted,
            "the calendar attribute contradicts the values (e.g. 'standard' on 365-day spacing); decoded with the calendar the spacing shows",
            "confirm the calendar; a time fix can set it"),
        CodeInfo.Error(NoTimeDimension, "no time dimension (a name containing 'time', or CF time attributes)",
            "static fields need a time axis for ILAMB; provide one or convert it as a companion"),
    ];
}
