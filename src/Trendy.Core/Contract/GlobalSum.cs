namespace Trendy.Core.Contract;

/// <summary>Area-weighted global sums of one step: the total Σ v·w and the weighted mean over valid cells (values below 1e19 in magnitude).</summary>
public static class GlobalSum
{
    public static (double Total, double Mean) Of(IReadOnlyList<double> values, IReadOnlyList<double> weights)
    {
        double total = 0, weight = 0;
        for (var i = 0; i < values.Count; i++)
        {
            var v = values[i];
            if (!double.IsFinite(v) || Math.Abs(v) >= 1e19 || weights[i] <= 0) continue;
            total += v * weights[i];
            weight += weights[i];
        }

        return (total, weight > 0 ? total / weight : double.NaN);
    }

    /// <summary>Per calendar year, the mean of the step values weighted by step length (rates and states alike).</summary>
    public static IReadOnlyList<(int Year, double Value)> Annual(IReadOnlyList<int> years, IReadOnlyList<double> stepValues, IReadOnlyList<double> stepLengths) =>
        [.. Enumerable.Range(0, years.Count).GroupBy(i => years[i]).OrderBy(g => g.Key)
            .Select(g => (g.Key, g.Sum(i => stepValues[i] * stepLengths[i]) / g.Sum(i => stepLengths[i])))];
}
