using Trendy.Core.Cf.Units;
using Trendy.Core.Fixes;
using Trendy.Core.Identify;
using Trendy.Core.Inventory;
using Trendy.Core.Planning;
using Trendy.Core.Targets;
using Trendy.Core.Tests.Cf.Units;

namespace Trendy.Core.Tests.Planning;

/// <summary>Hand-built <see cref="DatasetHeader"/> records for planning tests: no files, no native code.</summary>
internal sealed class HeaderBuilder
{
    private readonly List<DimensionInfo> _dims = [];
    private readonly List<VariableInfo> _vars = [];
    private readonly List<AttributeValue> _globals = [];
    private readonly Dictionary<string, double[]> _values = [];

    public static AttributeValue T(string name, string text) => AttributeValue.OfText(name, text);

    public static AttributeValue N(string name, params double[] numbers) => AttributeValue.OfNumbers(name, NcType.Double, numbers);

    public static AttributeValue F(string name, params double[] numbers) => AttributeValue.OfNumbers(name, NcType.Float, numbers);

    public HeaderBuilder Dim(string name, long length)
    {
        _dims.Add(new DimensionInfo(name, length, false));
        return this;
    }

    /// <summary>A 1-D coordinate variable over a dimension of its own name (added when missing), with values.</summary>
    public HeaderBuilder Coord(string name, double[] values, params AttributeValue[] attributes)
    {
        if (_dims.All(d => d.Name != name)) Dim(name, values.Length);
        return Var(name, NcType.Double, [name], values, attributes);
    }

    public HeaderBuilder Var(string name, NcType type, string[] dims, double[]? values, params AttributeValue[] attributes)
    {
        var shape = dims.Select(d => _dims.First(x => x.Name == d).Length).ToArray();
        _vars.Add(new VariableInfo(name, type, dims, shape, attributes));
        if (values is not null) _values[name] = values;
        return this;
    }

    /// <summary>Records how <paramref name="variable"/> is stored, as the inspector does from nc_inq_var_chunking and friends.</summary>
    public HeaderBuilder Stored(string variable, VariableStorage storage)
    {
        var i = _vars.FindIndex(v => v.Name == variable);
        _vars[i] = _vars[i] with { Storage = storage };
        return this;
    }

    public HeaderBuilder Global(AttributeValue a)
    {
        _globals.Add(a);
        return this;
    }

    public DatasetHeader Build(string path = "/in/file.nc", NcFormat format = NcFormat.NetCdf4) => new(path, format, 1000, _dims, _vars, _globals, _values);

    /// <summary>
    /// A monthly noleap gpp-like file: time(12) from 2000-01, lat (−45, 45), lon (−120, 0, 120), data (time, lat, lon).
    /// </summary>
    public static HeaderBuilder Monthly(string variable = "gpp", string? units = "kg m-2 s-1", string calendar = "noleap", params AttributeValue[] dataAttributes)
    {
        var b = new HeaderBuilder()
            .Coord("time", [.. Enumerable.Range(0, 12).Select(i => (i * 30.0) + 15)], T("units", "days since 2000-01-01"), T("calendar", calendar))
            .Coord("lat", [-45, 45], T("units", "degrees_north"))
            .Coord("lon", [-120, 0, 120], T("units", "degrees_east"));
        AttributeValue[] attrs = units is null ? dataAttributes : [T("units", units), .. dataAttributes];
        return b.Var(variable, NcType.Float, ["time", "lat", "lon"], null, attrs);
    }
}

/// <summary>Identifies a relative path and plans a header, as the conversion service does, with a fake unit converter.</summary>
internal static class Plans
{
    private static readonly TargetCatalog Catalog = TargetCatalog.LoadEmbedded();
    private static readonly FixTable Fixes = FixTable.LoadEmbedded();
    private static readonly FileIdentifier Identifier = new(Catalog, Fixes);

    /// <summary>Identity for equal strings, plus the pairs the tests need; everything else is "not convertible".</summary>
    public static FakeUnitConverter Units() => new FakeUnitConverter()
        .Knows("kg m-2 s-1", "kg m-2 s-1", 1).Knows("kg m-2", "kg m-2", 1).Knows("K", "K", 1).Knows("1", "1", 1)
        .Knows("g m-2", "(kg m-2 s-1) s", 1e-3).Knows("g m-2 s-1", "kg m-2 s-1", 1e-3).Knows("degC", "K", 1, 273.15)
        .Knows("1", "%", 100);

    public static PlanResult Plan(DatasetHeader header, string relative, IUnitConverter? units = null, ConvertOptions? options = null,
        IoCapabilities? capabilities = null)
    {
        var id = Identifier.Identify(relative);
        ModelFixes fixes = id.ModelDirectory is { } d && Fixes.Knows(d) ? Fixes.ForModel(d) : Fixes.ForModel(id.Model);
        var fingerprint = new SourceFingerprint(Path.GetFileName(relative), 1000, new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero), new string('a', 64));
        return new Planner(units ?? Units()).Plan(new PlanRequest(header, fingerprint, id, fixes, options ?? new ConvertOptions(), capabilities));
    }

    public static ConversionPlan Ok(DatasetHeader header, string relative, IUnitConverter? units = null, ConvertOptions? options = null,
        IoCapabilities? capabilities = null)
    {
        var result = Plan(header, relative, units, options, capabilities);
        Assert.True(result.Plan is not null, string.Join(" | ", result.Diagnostics));
        return result.Plan!;
    }

    public static string[] ErrorCodes(PlanResult result) =>
        [.. result.Diagnostics.Where(d => d.Severity == Trendy.Core.Diagnostics.Severity.Error).Select(d => d.Code)];
}
