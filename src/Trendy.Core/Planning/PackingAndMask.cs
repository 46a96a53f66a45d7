using System.Globalization;
using Trendy.Core.Inventory;

namespace Trendy.Core.Planning;

/// <summary>
/// Reads how a variable's stored values are packed and which of them mean "missing": scale_factor/add_offset
/// (CF §8.1), _FillValue, missing_value (one or several), valid_min/valid_max/valid_range (CF §2.5.1, in
/// packed units), and the netCDF default fill of the type when no _FillValue is declared (NUG "Fill Values").
/// Undeclared protocol and sentinel values (−99999, 1e20, 9.969e36: docs/quirks.md §6 "Fill values") are
/// masked too; VISIT ships no _FillValue at all.
/// </summary>
public static class PackingAndMask
{
    public static (double Scale, double Offset, double[] Fills, double? ValidMin, double? ValidMax, List<string> Rules) Read(VariableInfo v)
    {
        var rules = new List<string>();
        var scale = v.Attribute("scale_factor")?.FirstNumber ?? 1.0;
        var offset = v.Attribute("add_offset")?.FirstNumber ?? 0.0;
        if (scale != 1.0 || offset != 0.0) rules.Add("values:unpack-scale-offset");

        var fills = new List<double>();
        if (v.Attribute("_FillValue") is { Numbers.Count: > 0 } fv) AddFills(fills, fv, v.Type);
        else if (DefaultFill(v.Type) is { } d)
        {
            fills.Add(d);
            rules.Add("values:default-netcdf-fill");
        }

        if (v.Attribute("missing_value") is { Numbers.Count: > 0 } mv) AddFills(fills, mv, v.Type);

        double? min = null, max = null;
        if (v.Attribute("valid_range") is { Numbers.Count: 2 } vr)
        {
            min = vr.Numbers[0];
            max = vr.Numbers[1];
        }

        min = v.Attribute("valid_min")?.FirstNumber ?? min;
        max = v.Attribute("valid_max")?.FirstNumber ?? max;
        if (v.Type == NcType.Float)
        {
            // Same precision mismatch as the fills: a double valid_max of 0.7 on float data would mask a stored
            // 0.7f (0.699999988 < 0.7 is fine, but 0.1f = 0.100000001 > 0.1 is not); compare in float.
            min = min is { } lo && Math.Abs(lo) <= float.MaxValue ? (float)lo : min;
            max = max is { } hi && Math.Abs(hi) <= float.MaxValue ? (float)hi : max;
        }

        if (min is not null || max is not null) rules.Add("values:mask-outside-valid-range");
        return (scale, offset, [.. fills.Distinct()], min, max, rules);
    }

    /// <summary>
    /// Adds an attribute's fill values in the precision the stored values have, because the executor compares
    /// them exactly. CF wants missing_value in the variable's type, but files carry a double missing_value on
    /// float data (−999.9 as a double never equals the float −999.9 read back) and the reverse (a float
    /// −999.9 attribute on double data that hold −999.9). Float data: the attribute is rounded to float.
    /// Float attribute on double data: its shortest decimal spelling (what the writer meant) is added too.
    /// </summary>
    private static void AddFills(List<double> fills, AttributeValue attribute, NcType dataType)
    {
        foreach (var n in attribute.Numbers)
        {
            if (dataType == NcType.Float && double.IsFinite(n) && Math.Abs(n) <= float.MaxValue)
            {
                fills.Add((float)n);
                continue;
            }

            fills.Add(n);
            if (dataType == NcType.Double && attribute.Type == NcType.Float && double.IsFinite(n))
            {
                fills.Add(double.Parse(((float)n).ToString("R", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
            }
        }
    }

    /// <summary>netCDF-C's NC_FILL_* values (netcdf.h); bytes have none by convention.</summary>
    public static double? DefaultFill(NcType type) => type switch
    {
        NcType.Short => -32767,
        NcType.Int => -2147483647,
        NcType.Float => 9.9692099683868690e+36f,
        NcType.Double => 9.9692099683868690e+36,
        NcType.UShort => 65535,
        NcType.UInt => 4294967295,
        NcType.Int64 => -9223372036854775806,
        _ => null,
    };
}
