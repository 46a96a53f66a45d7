using Trendy.Core.Inventory;
using Trendy.Testing;

namespace Trendy.Pipeline.Tests.Reporting;

/// <summary>Tiny output-like files (one cell) with the global attributes the converter writes.</summary>
internal static class CatalogFixtures
{
    public static string Output(string root, string simulation, string model, string variable, string frequency = "mon", string? fileName = null,
        string? variableIdAttribute = null)
    {
        var folder = Path.Combine(root, simulation, model);
        Directory.CreateDirectory(folder);
        var companion = variable is "areacella" or "sftlf";
        var name = fileName ?? (companion
            ? $"{variable}_fx_{model}_{simulation}_r1i1p1f1_gn.nc"
            : $"{variable}_Lmon_{model}_{simulation}_r1i1p1f1_gn_1700-2023.nc");
        var b = MessyNetcdf.Create().Dimension("lat", 1).Dimension("lon", 1);
        if (companion) b.Variable(variable, NcType.Float, "lat", "lon").Values(1);
        else
        {
            // Coordinates as the converter writes them, so the HTML report's global-sum pass can read the file too.
            b.Dimension("time", 1).Variable(variable, NcType.Float, "time", "lat", "lon").Values(1).And()
                .Variable("time", NcType.Double, "time").Values(15.5).Attr("units", "days since 1850-01-01").Attr("calendar", "noleap").And()
                .Variable("lat", NcType.Double, "lat").Values(0).And()
                .Variable("lon", NcType.Double, "lon").Values(0);
        }

        b.Global("source_id", model).Global("experiment_id", simulation).Global("member_id", "r1i1p1f1").Global("grid_label", "gn")
            .Global("variable_id", variableIdAttribute ?? variable).Global("table_id", companion ? "fx" : "Lmon");
        if (!companion) b.Global("frequency", frequency);
        return b.WriteTo(Path.Combine(folder, name));
    }
}
