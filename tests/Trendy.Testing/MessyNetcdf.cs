using Trendy.Core.Inventory;
using Trendy.Native.Netcdf;

namespace Trendy.Testing;

/// <summary>
/// Fluent builder for deliberately messy NetCDF fixtures, written through the raw native layer
/// (<see cref="NcFile"/>), never through the production writer, so the two cannot share a bug.
/// Anything goes: any dimension names and order, every type, packed shorts, fill conventions,
/// a `unit` attribute instead of `units`, NetCDF3 or NetCDF4.
/// </summary>
public sealed class MessyNetcdf
{
    private readonly List<(string Name, long Length)> _dimensions = [];
    private readonly List<MessyVariable> _variables = [];
    private readonly List<(string Name, NcType Type, string? Text, double[] Numbers)> _globals = [];
    private NcCreateFormat _format = NcCreateFormat.NetCdf4;

    public static MessyNetcdf Create() => new();

    public MessyNetcdf Format(NcCreateFormat format)
    {
        _format = format;
        return this;
    }

    /// <summary>A dimension; <paramref name="length"/> 0 makes it unlimited with as many records as the data need.</summary>
    public MessyNetcdf Dimension(string name, long length)
    {
        _dimensions.Add((name, length));
        return this;
    }

    public MessyVariable Variable(string name, NcType type, params string[] dimensions)
    {
        var v = new MessyVariable(this, name, type, dimensions);
        _variables.Add(v);
        return v;
    }

    public MessyNetcdf Global(string name, string text)
    {
        _globals.Add((name, NcType.Char, text, []));
        return this;
    }

    public MessyNetcdf Global(string name, NcType type, params double[] numbers)
    {
        _globals.Add((name, type, null, numbers));
        return this;
    }

    /// <summary>Writes the file and returns its path.</summary>
    public string WriteTo(string path)
    {
        using (var f = NcFile.Create(path, _format))
        {
            foreach (var (name, length) in _dimensions) f.DefineDimension(name, length);
            foreach (var v in _variables) Define(f, v);
            foreach (var g in _globals) PutAttribute(f, null, g);
            f.EndDefine();
            foreach (var v in _variables) WriteValues(f, v);
        }

        return path;
    }

    private static void Define(NcFile f, MessyVariable v)
    {
        f.DefineVariable(v.Name, v.Type, v.Dimensions);
        if (v.Chunks is not null) f.SetChunking(v.Name, v.Chunks);
        if (v.Deflate > 0 || v.Shuffle) f.SetCompression(v.Name, v.Deflate, v.Shuffle);
        foreach (var a in v.Attributes) PutAttribute(f, v.Name, a);
    }

    private static void PutAttribute(NcFile f, string? variable, (string Name, NcType Type, string? Text, double[] Numbers) a)
    {
        if (a.Type == NcType.String) f.PutStringAttribute(variable, a.Name, a.Text ?? "");
        else if (a.Text is not null) f.PutAttribute(variable, a.Name, a.Text);
        else f.PutAttribute(variable, a.Name, a.Type, a.Numbers);
    }

    private void WriteValues(NcFile f, MessyVariable v)
    {
        var count = Shape(v);
        var start = new long[count.Length];
        if (v.Type == NcType.String && v.Strings is not null)
        {
            f.WriteStrings(v.Name, start, count, v.Strings);
            return;
        }

        if (v.Type == NcType.Char && v.Strings is not null)
        {
            var text = System.Text.Encoding.UTF8.GetBytes(string.Concat(v.Strings));
            f.Write<byte>(v.Name, start, count, text);
            return;
        }

        if (v.Numbers is null) return;
        var bytes = new byte[v.Numbers.Length * TypedValues.Size(v.Type)];
        TypedValues.Encode(v.Type, v.Numbers, bytes);
        f.Write<byte>(v.Name, start, count, bytes);
    }

    /// <summary>The shape the data need: fixed dimensions as declared, an unlimited one from the value count.</summary>
    private long[] Shape(MessyVariable v)
    {
        var shape = v.Dimensions.Select(d => _dimensions.First(x => x.Name == d).Length).ToArray();
        var total = v.Numbers?.Length ?? (v.Type == NcType.Char ? string.Concat(v.Strings ?? []).Length : v.Strings?.Length ?? 0);
        for (var i = 0; i < shape.Length; i++)
        {
            if (shape[i] != 0) continue;
            var rest = shape.Where((_, j) => j != i).Aggregate(1L, (a, b) => a * b);
            shape[i] = rest == 0 ? 0 : total / rest;
        }

        return shape;
    }
}
