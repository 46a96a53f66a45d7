namespace Trendy.Pipeline.Synthesis;

/// <summary>
/// Plausible canonical fields (kg m-2 s-1 for fluxes, kg m-2 for pools, K, kg m-2 s-1 for pr, fractions):
/// smooth in latitude, seasonal with the hemisphere, zero-free where positivity matters (GPP a few
/// gC m-2 day-1 at most). Ocean is NaN, except for the static land/ocean fractions defined everywhere.
/// </summary>
internal static class SyntheticField
{
    public const int PftCount = 5;
    public const int SoilLayerCount = 6;
    public static readonly double[] DepthsMetres = [0.05, 0.2, 0.5, 1.0, 2.5];

    private const double GramsPerDayToKgPerSecond = 1e-3 / 86_400;

    // Pools are annual in the TRENDY request (docs/quirks.md §3); everything else listed here is monthly.
    private static readonly HashSet<string> AnnualVariables = ["cVeg", "cSoil", "cLitter", "cProduct", "landCoverFrac"];

    public static bool IsStatic(string variable) => variable is "oceanCoverFrac" or "land_fraction";

    public static bool IsMonthlyByDefault(string variable) => !AnnualVariables.Contains(variable);

    public static int LayerCount(LayerKind kind) => kind switch
    {
        LayerKind.SoilLayers => SoilLayerCount,
        LayerKind.DepthMetres => DepthsMetres.Length,
        LayerKind.Pft => PftCount,
        _ => 1,
    };

    public static double Value(in FieldPoint p)
    {
        var land = SynthGrid.IsLand(p.Lat, p.Lon);
        if (p.Variable == "oceanCoverFrac") return land ? 0 : 1;
        if (p.Variable == "land_fraction") return land ? 1 : 0;
        if (!land) return double.NaN;
        return p.Variable switch
        {
            "tas" => Temperature(p, 0),
            "tsl" => Temperature(p, DepthsMetres[p.Layer]),
            "landCoverFrac" => PftShare(p.Lat, p.Layer),
            _ => p.Scale * Unscaled(p),
        };
    }

    private static double Unscaled(in FieldPoint p)
    {
        var season = Season(p.Lat, p.Step);
        var gpp = GppGramsPerDay(p.Lat) * GramsPerDayToKgPerSecond;
        var pr = PrecipitationMmPerDay(p.Lat) / 86_400;
        return p.Variable switch
        {
            "gpp" => gpp * season,
            "npp" => 0.45 * gpp * season,
            "ra" => 0.55 * gpp * season,
            "rh" => 0.42 * gpp * (0.7 + (0.3 * season)),
            "nbp" => gpp * ((0.45 * season) - (0.42 * (0.7 + (0.3 * season))) - 0.02),
            "fFire" => 0.02 * gpp,
            "gpppft" => gpp * season * PftShare(p.Lat, p.Layer),
            "cVeg" => 0.2 + (15 * Bump(p.Lat, 0, 20)) + (5 * Bump(Math.Abs(p.Lat), 55, 10)),
            "cSoil" => 5 + (20 * Math.Pow(Math.Abs(p.Lat) / 90, 1.5)),
            "cLitter" => 0.5 + (0.1 * (15 * Bump(p.Lat, 0, 20))),
            "lai" or "LAI" => Math.Max(0.05, GppGramsPerDay(p.Lat) / 9 * 5 * season),
            "pr" => pr * (1 + (0.3 * (season - 1))),
            "evapotrans" => 0.6 * pr * season,
            "mrro" => 0.35 * pr,
            "mrso" => (300 + (400 * PrecipitationMmPerDay(p.Lat) / 7)) * LayerWeight(p.Layer, p.LayerCount),
            "burntArea" => (0.0005 + (0.01 * Bump(Math.Abs(p.Lat), 12, 8))) * season,
            "FLOSS_FRAC" => 0.01 * season,
            _ => throw new ArgumentOutOfRangeException(nameof(p), p.Variable, "no synthetic field for this variable"),
        };
    }

    private static double Temperature(in FieldPoint p, double depthMetres)
    {
        var amplitude = 20 * Math.Abs(p.Lat) / 90 * Math.Exp(-depthMetres / 1.5);
        var phase = p.Step.IsAnnual ? 0 : Math.Cos(2 * Math.PI * (p.Step.Month - PeakMonth(p.Lat)) / 12);
        return 273.15 + 28 - (0.55 * Math.Abs(p.Lat)) + (amplitude * phase) + p.Warming;
    }

    /// <summary>Seasonal multiplier with mean 1: peaks in July (north) or January (south), flat near the equator.</summary>
    private static double Season(double lat, SynthStep step)
    {
        if (step.IsAnnual) return 1;
        var amplitude = 0.9 * Math.Min(1, Math.Abs(lat) / 40);
        return 1 + (amplitude * Math.Cos(2 * Math.PI * (step.Month - PeakMonth(lat)) / 12));
    }

    private static int PeakMonth(double lat) => lat >= 0 ? 7 : 1;

    private static double GppGramsPerDay(double lat) => 0.5 + (7 * Bump(lat, 0, 25)) + (2 * Bump(Math.Abs(lat), 50, 15));

    private static double PrecipitationMmPerDay(double lat) => 1 + (6 * Bump(lat, 0, 12)) + (2 * Bump(Math.Abs(lat), 45, 10));

    private static double Bump(double x, double centre, double width) => Math.Exp(-Math.Pow((x - centre) / width, 2));

    private static double LayerWeight(int layer, int count) => count <= 1 ? 1 : (layer + 1.0) / (count * (count + 1) / 2.0);

    /// <summary>Tropical tree, temperate tree, boreal tree, grass, bare: shares that sum to 1 in every land cell.</summary>
    private static double PftShare(double lat, int pft)
    {
        var a = Math.Abs(lat);
        double[] w = [Bump(a, 0, 15), Bump(a, 40, 12), Bump(a, 60, 8), 0.5, 0.2 + (0.5 * Bump(a, 25, 6))];
        return w[pft] / w.Sum();
    }
}
