namespace Trendy.Pipeline.Synthesis;

/// <summary>
/// One time step of a synthetic variable in file order and file units (NaN where missing): the canonical
/// field, scaled per model and simulation, with ±2 % deterministic noise, then expressed in the model's units.
/// </summary>
internal static class SynthSlab
{
    public static double[] Compute(SynthFileRequest r, SynthStep step, int t)
    {
        var lats = r.Grid.Latitudes;
        var lons = r.Grid.Longitudes;
        var layers = r.LayerCount;
        var values = new double[layers * lats.Length * lons.Length];
        var (scale, warming) = SimulationEffect(r.Simulation, step.Year);
        var seconds = r.Time?.SecondsIn(step) ?? 0;
        var noisy = !SyntheticField.IsStatic(r.Variable.Variable) && r.Variable.Variable != "landCoverFrac";
        for (var k = 0; k < layers; k++)
        {
            for (var j = 0; j < lats.Length; j++)
            {
                for (var i = 0; i < lons.Length; i++)
                {
                    var index = r.Variable.LonLatTime ? (i * lats.Length) + j : (((k * lats.Length) + j) * lons.Length) + i;
                    var point = new FieldPoint(r.Variable.Variable, lats[j], lons[i], step, k, layers, r.ModelScale * scale, warming);
                    var canonical = SyntheticField.Value(point);
                    if (noisy) canonical *= 1 + (0.02 * SynthNoise.Signed(r.NoiseStream, ((long)t * values.Length) + index));
                    values[index] = double.IsNaN(canonical) ? double.NaN : r.Variable.Units.Encode(canonical, seconds);
                }
            }
        }

        return values;
    }

    /// <summary>
    /// S0 flat; S1 adds CO2 fertilisation; S2 adds climate variability and warming; S3 adds land-use loss
    /// (protocol wording, docs/quirks.md §2). Small effects, so the four simulations differ slightly.
    /// </summary>
    private static (double Scale, double Warming) SimulationEffect(string? simulation, int year)
    {
        var t = year - 1900;
        var co2 = 1 + (0.002 * t);
        var climate = co2 * (1 + (0.03 * Math.Sin(0.9 * year)));
        return simulation switch
        {
            "S1" => (co2, 0),
            "S2" => (climate, 0.012 * t),
            "S3" => (climate * 0.97, 0.012 * t),
            _ => (1, 0),
        };
    }
}
