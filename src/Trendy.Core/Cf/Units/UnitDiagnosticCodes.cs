namespace Trendy.Core.Cf.Units;

/// <summary>Stable diagnostic codes for units (docs/architecture.md: users grep them, tests assert them).</summary>
public static class UnitDiagnosticCodes
{
    /// <summary>The units string cannot be read (syntax, words, a time reference).</summary>
    public const string Unreadable = "UNIT001";

    /// <summary>The units string can be read more than one way (a lone <c>C</c>, <c>a</c> as area or year).</summary>
    public const string Ambiguous = "UNIT002";

    /// <summary>No units attribute and the target is not dimensionless.</summary>
    public const string Missing = "UNIT003";

    /// <summary>No units attribute; <c>1</c> was assumed because the target is dimensionless.</summary>
    public const string AssumedDimensionless = "UNIT004";

    /// <summary>A calendar month or year that is not a single denominator (<c>yr-2</c>, <c>month</c>, both).</summary>
    public const string CalendarInterval = "UNIT005";

    /// <summary>The source units cannot be converted to the target units.</summary>
    public const string NotConvertible = "UNIT010";

    /// <summary>The target units themselves are unusable: a bug in the variable table.</summary>
    public const string BadTarget = "UNIT012";
}
