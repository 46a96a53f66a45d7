using System.Globalization;
using Trendy.Core.Contract;
using Trendy.Core.Diagnostics;

namespace Trendy.Core.Plausibility;

/// <summary>
/// Per simulation and variable, flags a model whose global mean is more than <see cref="Factor"/> from the ensemble
/// median. Needs at least three models for a median to mean something; net fluxes whose plausible range spans zero
/// (nbp) are left out, because a ratio to a median near zero says nothing about units.
/// </summary>
public static class CrossModelCheck
{
    public const double Factor = 5;

    /// <param name="means">One entry per output: its file, simulation, variable, model and global mean over its years.</param>
    /// <param name="ranges">The ranges, to leave out variables that span zero.</param>
    public static IReadOnlyList<Diagnostic> Check(IReadOnlyList<(string File, string Simulation, string VariableId, string Model, double Mean)> means, IPlausibleRanges ranges)
    {
        var found = new List<Diagnostic>();
        foreach (var group in means.Where(m => double.IsFinite(m.Mean)).GroupBy(m => (m.Simulation, m.VariableId)))
        {
            if (ranges.For(group.Key.VariableId) is { SpansZero: true }) continue;
            var perModel = group.GroupBy(m => m.Model, StringComparer.Ordinal).Select(g => g.First()).ToList();
            if (perModel.Count < 3) continue;
            var median = Median([.. perModel.Select(m => m.Mean)]);
            if (median == 0) continue;
            foreach (var m in perModel)
            {
                var ratio = m.Mean / median;
                if (ratio > Factor || ratio < 1 / Factor)
                {
                    found.Add(Diagnostic.Warning(ContractCodes.CrossModel, new Where(m.File, m.VariableId),
                        $"within a factor {Factor.ToString(CultureInfo.InvariantCulture)} of the {group.Key.Simulation} ensemble median {median.ToString("G4", CultureInfo.InvariantCulture)} ({perModel.Count} models)",
                        $"{m.Mean.ToString("G4", CultureInfo.InvariantCulture)} ({ratio.ToString("G3", CultureInfo.InvariantCulture)}× the median)",
                        "compare this model's units and values with the source; the plausibility check may name the factor"));
                }
            }
        }

        return found;
    }

    private static double Median(double[] values)
    {
        Array.Sort(values);
        var n = values.Length;
        return n % 2 == 1 ? values[n / 2] : (values[(n / 2) - 1] + values[n / 2]) / 2;
    }
}
