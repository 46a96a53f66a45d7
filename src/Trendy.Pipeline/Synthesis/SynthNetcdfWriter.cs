using Trendy.Core.Inventory;
using Trendy.Native.Netcdf;

namespace Trendy.Pipeline.Synthesis;

/// <summary>
/// Writes one synthetic variable file through the raw <see cref="NcFile"/> layer: axes in the model's
/// names and orientation, the data variable in the model's units, fill convention and packing, one time
/// step per write so memory stays at one slab whatever the profile.
/// </summary>
internal static class SynthNetcdfWriter
{
    /// <summary>netCDF's default float fill (NC_FILL_FLOAT), what a file "without a fill value" holds in unwritten cells.</summary>
    private const float NetcdfDefaultFloatFill = 9.9692099683868690e+36f;
    private const short PackedFill = -32767;
    private const double ProtocolFill = -99999;
    private const double CmipFill = 1e20;

    public static void Write(SynthFileRequest r)
    {
        using var f = NcFile.Create(r.Path, r.Model.Format);
        var dims = SynthAxes.Define(f, r);
        DefineData(f, r, dims);
        f.PutAttribute(null, "title", $"Synthetic TRENDY output imitating {r.Model.Directory}");
        f.PutAttribute(null, "source", "trendy2ilamb synth (not model output)");
        f.PutAttribute(null, "imitates", r.Model.Seen);
        f.EndDefine();
        SynthAxes.Write(f, r);
        if (r.IsStatic)
        {
            WriteSlab(f, r, new SynthStep(0, 0), 0);
            return;
        }

        for (var t = 0; t < r.Steps.Count; t++) WriteSlab(f, r, r.Steps[t], t);
    }

    private static void DefineData(NcFile f, SynthFileRequest r, IReadOnlyList<string> dims)
    {
        var name = r.Variable.FileVariable;
        var packing = r.Variable.Packing;
        f.DefineVariable(name, packing is null ? NcType.Float : NcType.Short, dims);
        if (r.Model.Format == NcCreateFormat.NetCdf4)
        {
            f.SetChunking(name, [.. dims.Select(d => d == r.Model.MonthlyTime.Dimension || d == r.Model.AnnualTime.Dimension ? 1L : DimLength(r, d))]);
            f.SetCompression(name, 4, shuffle: true);
        }

        f.PutAttribute(name, "long_name", SynthLongNames.For(r.Variable.Variable));
        f.PutAttribute(name, r.Variable.Units.Attribute, r.Variable.Units.Text);
        if (packing is not null)
        {
            f.SetFill(name, PackedFill);
            f.PutAttribute(name, "scale_factor", NcType.Float, [packing.Scale]);
            f.PutAttribute(name, "add_offset", NcType.Float, [packing.Offset]);
            return;
        }

        if (FillAttribute(r.Model.Fill) is { } fill)
        {
            f.SetFill(name, fill);
            f.PutAttribute(name, "missing_value", NcType.Float, [fill]);
        }
    }

    private static long DimLength(SynthFileRequest r, string dim) =>
        dim == r.Model.Grid.Latitude ? r.Grid.Latitudes.Length
        : dim == r.Model.Grid.Longitude ? r.Grid.Longitudes.Length
        : r.LayerCount;

    private static double? FillAttribute(FillStyle style) => style switch
    {
        FillStyle.Protocol => ProtocolFill,
        FillStyle.Cmip => CmipFill,
        _ => null,
    };

    private static void WriteSlab(NcFile f, SynthFileRequest r, SynthStep step, int t)
    {
        var values = SynthSlab.Compute(r, step, t);
        var nlat = r.Grid.Latitudes.Length;
        var nlon = r.Grid.Longitudes.Length;
        long[] start, count;
        if (r.IsStatic) (start, count) = ([0, 0], [nlat, nlon]);
        else if (r.Variable.LonLatTime) (start, count) = ([0, 0, t], [nlon, nlat, 1]);
        else if (r.LayerDimension is not null) (start, count) = ([t, 0, 0, 0], [1, r.LayerCount, nlat, nlon]);
        else (start, count) = ([t, 0, 0], [1, nlat, nlon]);
        if (r.Variable.Packing is { } p) f.Write<short>(r.Variable.FileVariable, start, count, Pack(values, p));
        else f.Write<float>(r.Variable.FileVariable, start, count, Fill(values, r.Model.Fill));
    }

    private static float[] Fill(double[] values, FillStyle style)
    {
        var missing = style switch
        {
            FillStyle.Protocol => (float)ProtocolFill,
            FillStyle.Cmip => (float)CmipFill,
            FillStyle.NetcdfDefault => NetcdfDefaultFloatFill,
            _ => float.NaN,
        };
        return [.. values.Select(v => double.IsNaN(v) ? missing : Trim((float)v))];
    }

    /// <summary>
    /// Keeps 11 of 23 mantissa bits (relative precision about 5e-4, far finer than the ±2 % noise) so that
    /// deflate can shrink the files; the tiny tree must stay small (brief: well under 20 MB).
    /// </summary>
    private static float Trim(float v) => BitConverter.Int32BitsToSingle(BitConverter.SingleToInt32Bits(v) & ~0xFFF);

    private static short[] Pack(double[] values, PackRange p) =>
        [.. values.Select(v => double.IsNaN(v) ? PackedFill : (short)Math.Clamp(Math.Round((v - p.Offset) / p.Scale), -32000, 32000))];
}
