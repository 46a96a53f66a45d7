using System.Globalization;
using System.Text.RegularExpressions;
using Trendy.Core.Inventory;

namespace Trendy.Core.Planning.SoilDepths;

/// <summary>
/// Reads what a variable or attribute name says about soil-layer numbers (depths, thicknesses, interfaces) and
/// in which length unit, as the models write them: CLM's <c>zsoi</c>/<c>levgrnd</c> node depths, <c>zisoi</c>
/// interfaces and <c>dzsoi</c> thicknesses; <c>layer_depth</c>, <c>soil_thickness_cm</c>, "0.1, 0.35, 1.0 m".
/// </summary>
public static partial class DepthNames
{
    /// <summary>The encoding a name announces, or null when the name says nothing about soil layers.</summary>
    public static DepthEncoding? EncodingOf(string name)
    {
        var n = name.ToLowerInvariant();
        if (n.Contains("thick", StringComparison.Ordinal) || n.StartsWith("dz", StringComparison.Ordinal) || n.Contains("_dz", StringComparison.Ordinal)) return DepthEncoding.Thicknesses;
        if (n.Contains("interface", StringComparison.Ordinal) || n.StartsWith("zi", StringComparison.Ordinal) || n.Contains("edge", StringComparison.Ordinal)) return DepthEncoding.Interfaces;
        if (n.Contains("bnds", StringComparison.Ordinal) || n.Contains("bound", StringComparison.Ordinal)) return DepthEncoding.Bounds;
        if (n.Contains("depth", StringComparison.Ordinal) || n.StartsWith("zsoi", StringComparison.Ordinal) || n.StartsWith("levgrnd", StringComparison.Ordinal)
            || n.StartsWith("levsoi", StringComparison.Ordinal) || n.Contains("node", StringComparison.Ordinal) || n.Contains("layer", StringComparison.Ordinal)) return DepthEncoding.Nodes;
        return null;
    }

    /// <summary>Metres per unit from a name suffix (<c>_m</c>, <c>_cm</c>, <c>_mm</c>), or null when the name gives none.</summary>
    public static double? ScaleFromSuffix(string name)
    {
        var n = name.ToLowerInvariant();
        if (n.EndsWith("_cm", StringComparison.Ordinal)) return 0.01;
        if (n.EndsWith("_mm", StringComparison.Ordinal)) return 0.001;
        if (n.EndsWith("_m", StringComparison.Ordinal)) return 1.0;
        return null;
    }

    /// <summary>
    /// The numbers of an attribute: its numeric values, or the numbers listed in its text ("0.1, 0.3, 0.6 m",
    /// "10 30 60 (cm)") with the length unit named in the text, if any.
    /// </summary>
    public static (IReadOnlyList<double> Numbers, double? Scale) Numbers(AttributeValue attribute)
    {
        if (!attribute.IsText) return (attribute.Numbers, null);
        var text = attribute.Text ?? "";
        var numbers = Number().Matches(text).Select(m => double.Parse(m.Value, CultureInfo.InvariantCulture)).ToList();
        var unit = UnitWord().Match(text);
        return (numbers, unit.Success ? SoilDepthFinder.LengthScale(unit.Groups["u"].Value) : null);
    }

    [GeneratedRegex(@"[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?")]
    private static partial Regex Number();

    [GeneratedRegex(@"(^|[\s\d(\[])(?<u>cm|mm|m|metres|meters)([\s)\].,;]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex UnitWord();
}
