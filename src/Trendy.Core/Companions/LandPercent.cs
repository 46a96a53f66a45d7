using Trendy.Core.Identify;

namespace Trendy.Core.Companions;

/// <summary>
/// Turns a model's land-fraction source into sftlf in % (CMIP fx.sftlf, docs/quirks.md §7), one rule per
/// source kind (docs/quirks.md §6 "Land fraction"): ocean fraction → 100·(1 − x) (CABLE-POP, CLM, IBIS, LPJmL,
/// ORCHIDEE, TEM), land fraction → 100·x (CLASSIC, CARDAMOM), sftlf as is (ISBA-CTRIP), 0/1 mask → 100·x
/// (JSBACH slm), land area per cell → 100·landArea/cellArea (DLEM). Missing cells become 0 % (ocean): ILAMB 2.x
/// multiplies areas by the fraction and a masked sftlf cell would drop the cell's data silently.
/// </summary>
public static class LandPercent
{
    /// <summary>True for the kinds that can become sftlf (cell areas are not a land fraction).</summary>
    public static bool IsSource(CompanionKind kind) =>
        kind is CompanionKind.OceanFraction or CompanionKind.LandFraction or CompanionKind.LandPercent or CompanionKind.LandMask or CompanionKind.LandArea;

    /// <summary>
    /// Converts <paramref name="values"/> (row-major on the output grid, NaN = missing) to %.
    /// <paramref name="cellAreaM2"/> is needed for <see cref="CompanionKind.LandArea"/> only.
    /// </summary>
    public static LandPercentResult Convert(CompanionKind kind, IReadOnlyList<double> values, string? units, IReadOnlyList<double>? cellAreaM2 = null)
    {
        var max = Max(values);
        var (percent, rule) = kind switch
        {
            CompanionKind.OceanFraction => Ocean(values, FractionScale.Decide(units, max)),
            CompanionKind.LandFraction or CompanionKind.LandMask => Land(kind, values, FractionScale.Decide(units, max)),
            CompanionKind.LandPercent => AsIs(values, units),
            CompanionKind.LandArea => LandAreaShare.Percent(values, units, cellAreaM2 ?? throw new ArgumentNullException(nameof(cellAreaM2))),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a land-fraction source"),
        };
        var (missing, clipped) = Clean(percent);
        var notes = (missing > 0 ? $"; {missing} missing cells set to 0 %" : "") + (clipped > 0 ? $"; {clipped} cells clipped to [0, 100]" : "");
        return new LandPercentResult(percent, rule + notes, missing, clipped);
    }

    private static (double[], string) Ocean(IReadOnlyList<double> values, FractionScale scale)
    {
        var full = scale.IsPercent ? 100.0 : 1.0;
        var result = values.Select(x => (full - x) * (100 / full)).ToArray();
        return (result, scale.IsPercent ? $"sftlf = 100 − oceanPercent ({scale.Reason})" : $"sftlf = 100·(1 − oceanFraction) ({scale.Reason})");
    }

    private static (double[], string) Land(CompanionKind kind, IReadOnlyList<double> values, FractionScale scale)
    {
        var name = kind == CompanionKind.LandMask ? "landMask" : "landFraction";
        var factor = scale.IsPercent ? 1.0 : 100.0;
        var result = values.Select(x => x * factor).ToArray();
        return (result, scale.IsPercent ? $"sftlf = {name} as percent ({scale.Reason})" : $"sftlf = 100·{name} ({scale.Reason})");
    }

    /// <summary>sftlf is a percentage by definition (CMIP fx.sftlf); only explicit fraction units change that.</summary>
    private static (double[], string) AsIs(IReadOnlyList<double> values, string? units)
    {
        if (FractionScale.FromUnits(units) is { IsPercent: false } f) return ([.. values.Select(x => x * 100)], $"sftlf = 100·landPercent ({f.Reason})");
        return ([.. values], "sftlf = landPercent as is");
    }

    /// <summary>Missing → 0 %, outside [0, 100] → clipped (round-off like 1.0000001 in fractions); counts both.</summary>
    private static (int Missing, int Clipped) Clean(double[] percent)
    {
        int missing = 0, clipped = 0;
        for (var i = 0; i < percent.Length; i++)
        {
            if (!double.IsFinite(percent[i]))
            {
                percent[i] = 0;
                missing++;
            }
            else if (percent[i] is < 0 or > 100)
            {
                percent[i] = Math.Clamp(percent[i], 0, 100);
                clipped++;
            }
        }

        return (missing, clipped);
    }

    internal static double Max(IEnumerable<double> values)
    {
        var max = double.NegativeInfinity;
        foreach (var x in values)
        {
            if (double.IsFinite(x) && x > max) max = x;
        }

        return max;
    }
}
