using Trendy.Core.Inventory;

namespace Trendy.Testing;

/// <summary>One variable of a fixture file: its type, dimensions, values and attributes in the order given.</summary>
public sealed class MessyVariable
{
    internal MessyVariable(MessyNetcdf owner, string name, NcType type, string[] dimensions)
    {
        Owner = owner;
        Name = name;
        Type = type;
        Dimensions = dimensions;
    }

    internal MessyNetcdf Owner { get; }

    public string Name { get; }

    public NcType Type { get; }

    public IReadOnlyList<string> Dimensions { get; }

    internal double[]? Numbers { get; private set; }

    internal string[]? Strings { get; private set; }

    internal List<(string Name, NcType Type, string? Text, double[] Numbers)> Attributes { get; } = [];

    internal long[]? Chunks { get; private set; }

    internal int Deflate { get; private set; }

    internal bool Shuffle { get; private set; }

    /// <summary>Values in row-major order, encoded into the variable's type when written (no scaling).</summary>
    public MessyVariable Values(params double[] values)
    {
        Numbers = values;
        return this;
    }

    /// <summary>Values for NC_STRING variables, or text for NC_CHAR variables (one string per row).</summary>
    public MessyVariable Text(params string[] values)
    {
        Strings = values;
        return this;
    }

    public MessyVariable Attr(string name, string text)
    {
        Attributes.Add((name, NcType.Char, text, []));
        return this;
    }

    public MessyVariable Attr(string name, NcType type, params double[] numbers)
    {
        Attributes.Add((name, type, null, numbers));
        return this;
    }

    /// <summary>An NC_STRING attribute (NetCDF4 files only).</summary>
    public MessyVariable StringAttr(string name, string text)
    {
        Attributes.Add((name, NcType.String, text, []));
        return this;
    }

    public MessyVariable Compressed(int level, bool shuffle = true, params long[] chunks)
    {
        Deflate = level;
        Shuffle = shuffle;
        Chunks = chunks.Length > 0 ? chunks : null;
        return this;
    }

    /// <summary>Back to the file, to add the next variable.</summary>
    public MessyNetcdf And() => Owner;
}
