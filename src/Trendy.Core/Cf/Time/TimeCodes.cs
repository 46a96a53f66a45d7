namespace Trendy.Core.Cf.Time;

/// <summary>Stable diagnostic codes of the time module (docs/architecture.md: users grep them, tests assert them).</summary>
public static class TimeCodes
{
    /// <summary>The units attribute could not be parsed.</summary>
    public const string UnitsUnparsable = "TIME001";

    /// <summary>The units attribute is missing, empty or "none".</summary>
    public const string UnitsMissing = "TIME002";

    /// <summary>The calendar attribute names no CF calendar.</summary>
    public const string CalendarUnknown = "TIME003";

    /// <summary>The calendar came from a fix, from inference or from the CF default (note).</summary>
    public const string CalendarChosen = "TIME004";

    /// <summary>A time value is NaN or infinite.</summary>
    public const string NotFinite = "TIME005";

    /// <summary>Time values decrease or repeat.</summary>
    public const string NotMonotonic = "TIME006";

    /// <summary>All time values are equal (e.g. all zero, ISAM), so they carry no date.</summary>
    public const string AllEqual = "TIME007";

    /// <summary>No rule could decode the axis and no step-count fallback fits.</summary>
    public const string NoRule = "TIME008";

    /// <summary>The step is neither monthly, annual nor daily.</summary>
    public const string UnsupportedFrequency = "TIME009";

    /// <summary>Steps skip or repeat an interval (month, year or day).</summary>
    public const string NotContiguous = "TIME010";

    /// <summary>A decoded or origin date does not exist in the calendar or is out of range.</summary>
    public const string InvalidDate = "TIME011";

    /// <summary>A step-count fallback guessed the axis (warning: the values were not used).</summary>
    public const string FallbackUsed = "TIME012";

    /// <summary>Source bounds were given but unusable, so they were ignored.</summary>
    public const string BoundsIgnored = "TIME013";

    /// <summary>The decoded axis does not end in the release's expected end year.</summary>
    public const string EndYearMismatch = "TIME014";

    /// <summary>Month-index values are not whole numbers.</summary>
    public const string IndexNotInteger = "TIME015";

    /// <summary>The time axis has no steps.</summary>
    public const string Empty = "TIME016";

    /// <summary>Text after the origin date was ignored (e.g. "(double)").</summary>
    public const string SuffixIgnored = "TIME017";

    /// <summary>The values were stamped at the end of their intervals and were shifted back one interval.</summary>
    public const string EndStamped = "TIME018";

    /// <summary>The last step repeated the previous one, time and values alike, and was dropped (warning, found at execution).</summary>
    public const string DuplicateDropped = "TIME021";
}
