using Trendy.Core.Cf.Units;
using Trendy.Core.Contract;
using Trendy.Core.Inventory;
using Trendy.Core.Plausibility;
using Trendy.Native.Netcdf;

namespace Trendy.Pipeline.Verification;

/// <summary>
/// The global-sum pass over one data output: every step summed over land (<see cref="CellAreaWeights"/>), averaged
/// per calendar year, and converted through UDUNITS-2 to the natural units of the variable's plausible range (PgC/yr,
/// PgC, mm/yr as kg m-2 yr-1, K, %, 1).
/// </summary>
public sealed class AnnualSeriesReader(IUnitConverter units, IPlausibleRanges ranges)
{
    /// <summary>The series of a (time, lat, lon) output, or null when it has another shape or an undecodable time axis.</summary>
    public AnnualSeries? Read(NcFile file, DatasetHeader h, string variable, string relativePath, string model, string simulation, double[]? landWeights)
    {
        if (h.Variable(variable) is not { Rank: 3 } v || h.Values("time_bnds") is not { } bnds || h.Variable("time") is not { } time) return null;
        var years = StepYears.From(time.Text("units"), time.Text("calendar"), bnds);
        var weights = landWeights ?? (h.Values("lat_bnds") is { } lb && h.Values("lon_bnds") is { } ob ? CellAreaWeights.FromBounds(lb, ob) : null);
        if (years is null || weights is null || weights.Length != v.Shape[1] * v.Shape[2]) return null;
        var range = ranges.For(variable);
        var total = range?.IsTotal ?? false;
        var stepValues = new double[v.Shape[0]];
        var lengths = new double[v.Shape[0]];
        for (var t = 0; t < v.Shape[0]; t++)
        {
            var values = StepReader.Read(file, v, t);
            if (values is null) return null;
            var (sum, mean) = GlobalSum.Of(values, weights);
            stepValues[t] = total ? sum : mean;
            lengths[t] = bnds[(2 * t) + 1] - bnds[2 * t];
        }

        var unit = v.Text("units") ?? "1";
        var natural = range?.Units ?? unit;
        var conversion = units.TryGetConversion(total ? $"({unit}) m2" : unit, natural, out _);
        if (conversion is null) return null;
        var annual = GlobalSum.Annual(years, stepValues, lengths);
        return new AnnualSeries(relativePath, model, simulation, variable, natural, total ? AnnualAggregate.Total : AnnualAggregate.Mean,
            [.. annual.Select(a => new AnnualYear(a.Year, conversion.Apply(a.Value)))]);
    }

    /// <summary>Land weights of a model folder from its areacella and sftlf companions, or null when it has no areacella.</summary>
    public static double[]? LandWeights(string modelDir)
    {
        double[]? Field(string variable)
        {
            foreach (var file in OutputTree.Files(modelDir).Where(f => Path.GetFileName(f).StartsWith(variable + "_", StringComparison.Ordinal)))
            {
                using var nc = NcFile.OpenRead(file);
                if (nc.ReadHeader().Variable(variable) is not { Rank: 2 } v) continue;
                var values = new double[v.ElementCount];
                nc.Read(variable, [0, 0], [v.Shape[0], v.Shape[1]], values.AsSpan());
                return values;
            }

            return null;
        }

        return Field("areacella") is { } area ? CellAreaWeights.Land(area, Field("sftlf")) : null;
    }
}
