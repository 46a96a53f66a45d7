namespace Trendy.Core.Cf.Units;

/// <summary>
/// The numeric units step of a plan. The executor computes
/// <c>out = Factor × in + Offset</c>, then, when <see cref="DivideByInterval"/> is not
/// <see cref="CalendarInterval.None"/>, divides by the length in seconds of that time step's month or year
/// in the file's calendar (a monthly total becomes a mean rate; no 30.44-day month anywhere).
/// </summary>
/// <param name="SourceUnits">The units attribute as found (null when absent).</param>
/// <param name="TargetUnits">The canonical units written to the output (variables.csv).</param>
/// <param name="ConvertedFrom">The UDUNITS string the factor was computed from.</param>
/// <param name="ConvertedTo">The UDUNITS string the factor was computed to (target × s for per-interval rates).</param>
/// <param name="Conversion">Factor and offset.</param>
/// <param name="DivideByInterval">The calendar interval to divide by after scaling.</param>
/// <param name="ElementTag">C or N when the source carried a carbon/nitrogen tag.</param>
/// <param name="RulesApplied">Normalisation rules used on the source string (<see cref="UnitRules"/>).</param>
public sealed record UnitStep(
    string? SourceUnits,
    string TargetUnits,
    string ConvertedFrom,
    string ConvertedTo,
    UnitConversion Conversion,
    CalendarInterval DivideByInterval,
    string? ElementTag,
    IReadOnlyList<string> RulesApplied)
{
    public double Factor => Conversion.Factor;

    public double Offset => Conversion.Offset;

    /// <summary>True when the values need no arithmetic at all.</summary>
    public bool IsIdentity => Conversion.IsIdentity && DivideByInterval == CalendarInterval.None;

    /// <summary>
    /// Applies the step to one value; <paramref name="intervalSeconds"/> is the length of this step's month
    /// or year in the file's calendar and is ignored when <see cref="DivideByInterval"/> is None.
    /// </summary>
    public double Apply(double value, double intervalSeconds = double.NaN)
    {
        var scaled = Conversion.Apply(value);
        if (DivideByInterval == CalendarInterval.None) return scaled;
        if (!(intervalSeconds > 0.0))
            throw new ArgumentOutOfRangeException(nameof(intervalSeconds), intervalSeconds, $"a per-{DivideByInterval} step needs the interval length in seconds");
        return scaled / intervalSeconds;
    }
}
