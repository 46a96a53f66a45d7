using Trendy.Core.Codes;

namespace Trendy.Core.Cf.Units;

/// <summary>Stable diagnostic codes for units (users grep them, tests assert them); meanings: <see cref="Entries"/>.</summary>
public static class UnitDiagnosticCodes
{
    public const string Unreadable = "UNIT001";
    public const string Ambiguous = "UNIT002";
    public const string Missing = "UNIT003";
    public const string AssumedDimensionless = "UNIT004";
    public const string CalendarInterval = "UNIT005";
    public const string NotConvertible = "UNIT010";
    public const string BadTarget = "UNIT012";

    private const string AddUnitFix = "add a unit fix for the model in a --fixes file (docs/quirks.md)";

    internal static IEnumerable<CodeInfo> Entries =>
    [
        CodeInfo.Error(Unreadable, "the units string cannot be read (syntax, prose words, a time reference)", AddUnitFix),
        CodeInfo.Error(Ambiguous, "the units string can be read more than one way (a lone C, 'a' as area or year, two element tags)", AddUnitFix),
        CodeInfo.Error(Missing, "no units attribute and the target is not dimensionless", AddUnitFix),
        CodeInfo.Note(AssumedDimensionless, "no units attribute; 1 was assumed because the target is dimensionless",
            "confirm the values are fractions, not percent") with { AsksToConfirm = true },
        CodeInfo.Error(CalendarInterval, "a calendar month or year that is not a single denominator (yr-2, month in the numerator)", AddUnitFix),
        CodeInfo.Error(NotConvertible, "the source units cannot be converted to the canonical units", AddUnitFix),
        CodeInfo.Error(BadTarget, "the target units themselves are unusable: a bug in the variable table", "fix the variable table"),
    ];
}
