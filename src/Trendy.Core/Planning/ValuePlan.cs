using Trendy.Core.Cf.Units;
namespace Trendy.Core.Planning;

/// <summary>
/// The numeric steps applied to every value, in this fixed order (design.md "Execute"):
/// 1. mask stored values equal to a fill value or outside the valid range (CF §2.5.1, §8.1: compared in
///    packed space); 2. unpack x·ScaleFactor + AddOffset; 3. mask NaN, ±Inf and protocol/sentinel values;
/// 4. convert units x·UnitFactor + UnitOffset; 5. divide by the step's calendar month or year length when
/// <see cref="PerInterval"/> says so; 6. reduce (sum) over a reduced level axis; 7. store, with 1e20 for
/// masked cells.
/// </summary>
public sealed record ValuePlan(
    double ScaleFactor,
    double AddOffset,
    double[] FillValues,
    double? ValidMin,
    double? ValidMax,
    bool MaskSentinels,
    double UnitFactor,
    double UnitOffset,
    CalendarInterval PerInterval,
    string SourceUnits,
    string TargetUnits)
{
    /// <summary>The one output fill value (ilamb-contract.md Part 3 item 7).</summary>
    public const double OutputFill = 1e20;

    /// <summary>TRENDY protocol missing value (v12 request table: −99999 for every variable).</summary>
    public const double ProtocolMissing = -99999;

    /// <summary>Magnitudes no TRENDY quantity reaches in any unit seen; catches 1e20, 9.969e36 and friends undeclared.</summary>
    public const double SentinelMagnitude = 1e15;

    /// <summary>
    /// True when steps 2, 4 and 5 leave a valid value as it is (no unpacking, no unit change, no calendar division),
    /// so only masking can change a cell: the precondition for passing stored chunks through unchanged.
    /// </summary>
    public bool KeepsValidValues =>
        ScaleFactor == 1 && AddOffset == 0 && UnitFactor == 1 && UnitOffset == 0 && PerInterval == CalendarInterval.None;
}
