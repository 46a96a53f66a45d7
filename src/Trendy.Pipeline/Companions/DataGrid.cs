using Trendy.Core.Inventory;

namespace Trendy.Pipeline.Companions;

/// <summary>
/// The lat/lon grid of a model folder's converted outputs, read back from one of them so the companions carry
/// identical coordinates (ILAMB 2.x multiplies areacella by sftlf and the data cell by cell, docs/contract.md §1.6),
/// and that output's global attributes, so the companions describe the model as the data do.
/// </summary>
public sealed record DataGrid(
    string Path,
    double[] Lat,
    double[] LatBounds,
    double[] Lon,
    double[] LonBounds,
    string BoundsDimension,
    IReadOnlyList<AttributeValue> LatAttributes,
    IReadOnlyList<AttributeValue> LonAttributes,
    IReadOnlyList<AttributeValue> Globals)
{
    public int NLat => Lat.Length;

    public int NLon => Lon.Length;

    /// <summary>Same sizes and values (coordinates and bounds), i.e. ILAMB would see one grid.</summary>
    public bool SameAs(DataGrid other) =>
        Lat.SequenceEqual(other.Lat) && Lon.SequenceEqual(other.Lon) && LatBounds.SequenceEqual(other.LatBounds) && LonBounds.SequenceEqual(other.LonBounds);
}
