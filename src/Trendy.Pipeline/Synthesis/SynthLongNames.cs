namespace Trendy.Pipeline.Synthesis;

/// <summary>long_name attributes for the synthetic variables (wording after the TRENDY v12 request table).</summary>
internal static class SynthLongNames
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["gpp"] = "Gross Primary Production",
        ["npp"] = "Net Primary Production",
        ["ra"] = "Autotrophic Respiration",
        ["rh"] = "Heterotrophic Respiration",
        ["nbp"] = "Net Biospheric Production",
        ["fFire"] = "CO2 Emission from Fire",
        ["gpppft"] = "Gross Primary Production per PFT",
        ["cVeg"] = "Carbon in Vegetation",
        ["cSoil"] = "Carbon in Soil",
        ["cLitter"] = "Carbon in Litter Pool",
        ["lai"] = "Leaf Area Index",
        ["pr"] = "Precipitation",
        ["tas"] = "Near-Surface Air Temperature",
        ["evapotrans"] = "Total Evapo-Transpiration",
        ["mrro"] = "Total Runoff",
        ["mrso"] = "Total Soil Moisture Content",
        ["tsl"] = "Temperature of Soil",
        ["burntArea"] = "Burnt Area Fraction",
        ["landCoverFrac"] = "Fractional Land Cover of PFT",
        ["oceanCoverFrac"] = "Fractional Ocean Cover",
        ["land_fraction"] = "Land Fraction",
        ["FLOSS_FRAC"] = "Fraction of carbon lost (model-specific diagnostic)",
    };

    public static string For(string variable) => Names.TryGetValue(variable, out var n) ? n : variable;
}
