using Trendy.Core.Cf.Time;
using Trendy.Native.Netcdf;
using U = Trendy.Pipeline.Synthesis.UnitEncoding;

namespace Trendy.Pipeline.Synthesis;

/// <summary>
/// The model recipes: each imitates what the named model (or a typical upload) did in a real release.
/// Between them they cover every quirk family in <see cref="SynthQuirk"/>; where a quirk is assigned to a
/// model that is not known to have it, <see cref="ModelRecipe.Seen"/> says so.
/// </summary>
public static class ModelCatalog
{
    private static readonly TimeEncoding Days1700NoLeap = TimeEncoding.Days("1700-01-01", CalendarKind.NoLeap, "noleap");

    public static ModelRecipe Clm { get; } = new(
        "CLM5.0", "CLM6.0", NcCreateFormat.NetCdf4, GridStyle.LatLon, FillStyle.Cmip, Days1700NoLeap, Days1700NoLeap,
        [
            new("gpp", U.KgPerM2PerS), new("nbp", U.KgPerM2PerS), new("cVeg", U.KgPerM2),
            new("tsl", U.Kelvin) { Layers = LayerKind.DepthMetres, OnlyIn = ["S2", "S3"] }, new("gpppft", U.KgPerM2PerS) { Layers = LayerKind.Pft },
        ],
        [new(OddityKind.StaticOceanCoverFrac), new(OddityKind.NotInTable, "FLOSS_FRAC", "S3"), new(OddityKind.Md5)],
        "CLM v13: directory CLM5.0, prefix CLM6.0_ (docs/quirks.md §1, §4); FLOSS_FRAC and an md5 file in the upload (§4); "
        + "1e20 fill (CMIP habit, §6); days since 1700-01-01 noleap (the most common axis, §5)");

    public static ModelRecipe Lpx { get; } = new(
        "LPX", "LPX-Bern", NcCreateFormat.NetCdf4, GridStyle.LatitudeLongitude, FillStyle.Protocol,
        new(TimeStyle.MonthsSince, "months since 1700-1-16", new CfDate(1700, 1, 16), CalendarKind.Day360, "360_day"),
        TimeEncoding.Days("1850-01-01", CalendarKind.Standard, "standard"),
        [
            new("gpp", U.GramsCPerM2PerMonth), new("pr", U.MmPerMonth), new("cSoil", U.GramsCPerM2),
            new("landCoverFrac", U.One) { Layers = LayerKind.Pft }, new("lai", U.M2PerM2) { Packing = new PackRange(0, 10) },
        ],
        [new(OddityKind.TruncatedNetcdf4, "mrro", "S3")],
        "LPX-Bern v13: directory LPX, prefix LPX-Bern_, a corrupt file failing with an HDF error (docs/quirks.md §1, §4; the real one was "
        + "snowdepth, which is outside the variable table, so a name-based skip would hide the damage: mrro is used instead); "
        + "months since 1700-1-16 (§5); -99999 fill (protocol, §3); gC per month and mm/month units are synthetic choices (§6 units strings)");

    public static ModelRecipe CablePop { get; } = new(
        "CABLE-POP", "CABLE-POP", NcCreateFormat.Offset64Bit, GridStyle.LatLon, FillStyle.Protocol,
        new(TimeStyle.MonthsSince, "months since 1700-1-16", new CfDate(1700, 1, 16), CalendarKind.NoLeap, "noleap"),
        new(TimeStyle.YearsSince, "years since 1700-6-15 12:00:00", new CfDate(1700, 6, 15, 12), CalendarKind.NoLeap, "noleap"),
        [
            new("gpp", U.KgCPerM2PerS), new("rh", U.KgPerM2PerS.UnderUnitAttribute()),
            new("mrso", U.KgPerM2) { Layers = LayerKind.SoilLayers, OnlyIn = ["S3"] }, new("tas", U.Kelvin), new("cVeg", U.KgPerM2),
        ],
        [new(OddityKind.Readme)],
        "CABLE-POP v12-v14: mrso with a soil axis, years since 1700-6-15 12:00:00 and months since 1700-1-16 (docs/quirks.md §5, §6); "
        + "the 'unit' attribute is seen across models (§6), assigned here");

    public static ModelRecipe Orchidee { get; } = new(
        "ORCHIDEE", "ORCHIDEE", NcCreateFormat.Classic, new GridStyle("lat", "lon", NorthToSouth: true), FillStyle.NetcdfDefault,
        TimeEncoding.Days("1850-01-01", CalendarKind.Standard, "gregorian", "time_counter"),
        TimeEncoding.Days("1850-01-01", CalendarKind.Standard, "gregorian", "time_counter"),
        [
            new("gpp", U.GramsCPerM2PerDay), new("ra", U.LatexKgPerM2PerS), new("nbp", U.KgPerM2PerS),
            new("evapotrans", U.KgPerM2PerS), new("burntArea", U.Fraction), new("cVeg", U.KgPerM2),
        ],
        [new(OddityKind.WrongSimulationFolder, "nbp", "S0"), new(OddityKind.ZonalNbpFolder), new(OddityKind.ZonalTextInSimulationFolder)],
        "ORCHIDEE: latitude north to south (TRENDY v8, docs/quirks.md §6); v14 S3 folder holds ORCHIDEE_S0_zonalNBP.txt (§2); "
        + "time_counter is the IPSL/XIOS name (§6, not confirmed in TRENDY uploads); netCDF default fill and units strings assigned from §6");

    public static ModelRecipe Visit { get; } = new(
        "VISIT", "VISIT", NcCreateFormat.NetCdf4, new GridStyle("lat", "lon", Longitude0To360: true), FillStyle.NanNoAttribute,
        TimeEncoding.Hours("1901-01-01", CalendarKind.Standard, null),
        new(TimeStyle.YearsSince, "years since AD 1700-Jan-1st", new CfDate(1700, 1, 1), CalendarKind.Standard, null),
        [
            new("gpp", U.KgPerM2PerS), new("npp", U.KgPerM2PerS), new("tas", U.Celsius), new("lai", U.One), new("cSoil", U.KgPerM2),
        ],
        [new(OddityKind.Gzip, "npp", "S2")],
        "VISIT: years since AD 1700-Jan-1st, no _FillValue, .nc.gz uploads in v12/v14 (docs/quirks.md §4, §5, §6); "
        + "longitudes 0-360 are VEGAS's (§6) and hours since 1901-01-01 without calendar a §5 form, both assigned here; tas in degC (variables.csv)");

    public static ModelRecipe Isam { get; } = new(
        "ISAM", "ISAM", NcCreateFormat.NetCdf4, GridStyle.LatitudeLongitude, FillStyle.Protocol,
        new(TimeStyle.DecimalYear, "year as %Y.%f", new CfDate(0, 1, 1), CalendarKind.NoLeap, null),
        new(TimeStyle.DecimalYear, "year as %Y.%f", new CfDate(0, 1, 1), CalendarKind.NoLeap, null),
        [
            new("gpp", U.KgPerM2PerS) { LonLatTime = true }, new("lai", U.One) { NameInFile = "LAI" },
            new("pr", U.KgPerM2PerS), new("cVeg", U.KgPerM2),
        ],
        [new(OddityKind.TextNamedNc, "fLuc", "S3")],
        "ISAM: year as %Y.%f times and LAI in upper case (docs/quirks.md §5, §6); the (lon, lat, time) order and the text file "
        + "named .nc (an HTML error page saved by a download) are synthetic assignments (docs/robustness.md)");

    public static ModelRecipe Cardamom { get; } = new(
        "CARDAMOM", "CARDAMOM", NcCreateFormat.NetCdf4, GridStyle.LatitudeLongitude, FillStyle.Protocol,
        new(TimeStyle.MonthIndex, "d", new CfDate(2003, 1, 1), CalendarKind.Standard, null, "Time"),
        new(TimeStyle.MonthIndex, "d", new CfDate(2003, 1, 1), CalendarKind.Standard, null, "Time"),
        [new("gpp", U.KgPerM2PerS), new("nbp", U.KgPerM2PerS), new("cVeg", U.KgPerM2) { Monthly = true }],
        [new(OddityKind.StaticLandFraction)],
        "CARDAMOM v14: S2 and S3 only, Time holds month index counted from 2003-01 with units \"d\", own land fraction (docs/quirks.md §5, §6); "
        + "monthly stocks as ELM/VISIT deliver them (§5)")
    {
        Simulations = ["S2", "S3"],
        FirstYear = 2003,
    };

    public static ModelRecipe Classic { get; } = new(
        "CLASSIC", "CLASSIC", NcCreateFormat.NetCdf4, GridStyle.LatLon, FillStyle.Cmip,
        TimeEncoding.Days("1700-01-01", CalendarKind.NoLeap, "365_day"), TimeEncoding.Days("1700-01-01", CalendarKind.NoLeap, "365_day"),
        [new("gpp", U.KgPerM2PerS), new("mrro", U.KgPerM2PerS), new("lai", U.One), new("cLitter", U.KgPerM2)],
        [new(OddityKind.RevisedSimulationFolder, "gpp", "S2"), new(OddityKind.StaticLandFraction)],
        "CLASSIC v14: correctedS2 folder and land_fraction field (docs/quirks.md §2, §6)");

    public static ModelRecipe Jsbach { get; } = new(
        "JSBACH", "JSBACH", NcCreateFormat.NetCdf4, GridStyle.LatLon, FillStyle.Protocol,
        TimeEncoding.Days("1700-01-01", CalendarKind.ProlepticGregorian, "proleptic_gregorian"),
        TimeEncoding.Days("1700-01-01", CalendarKind.ProlepticGregorian, "proleptic_gregorian"),
        [new("gpp", U.KgPerM2PerS), new("fFire", U.KgPerM2PerS), new("evapotrans", U.KgPerM2PerS), new("cVeg", U.KgPerM2)],
        [new(OddityKind.Md5)],
        "JSBACH: a plain protocol-following model, compressed NetCDF4 (format and calendar assigned)");

    /// <summary>The tiny profile's models: every quirk family at least once.</summary>
    public static IReadOnlyList<ModelRecipe> Core { get; } = [Clm, Lpx, CablePop, Orchidee, Visit, Isam, Cardamom];

    /// <summary>The small profile adds models with the optional quirks (revised simulation folder).</summary>
    public static IReadOnlyList<ModelRecipe> Extended { get; } = [.. Core, Classic, Jsbach];
}
