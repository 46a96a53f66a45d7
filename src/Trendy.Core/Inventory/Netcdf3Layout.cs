using System.Text;

namespace Trendy.Core.Inventory;

/// <summary>
/// The smallest size a classic-format file (CDF-1/2/5) can have given its header: header bytes plus every
/// fixed-size variable plus numrecs whole records. libnetcdf opens a truncated or short-record NetCDF3 file
/// and silently returns fill or zeros for the missing part (docs/robustness.md), so the inspector compares the
/// real size with this bound. Layout per the NetCDF classic format specification (names and values padded
/// to 4 bytes; CDF-5 uses 8-byte counts).
/// </summary>
public static class Netcdf3Layout
{
    public static long? MinimumSize(DatasetHeader h)
    {
        if (h.Format is not (NcFormat.Classic or NcFormat.Offset64Bit or NcFormat.Cdf5)) return null;
        var cdf5 = h.Format == NcFormat.Cdf5;
        var count = cdf5 ? 8 : 4;
        long size = 4 + count; // magic + numrecs
        size += ListHeader(h.Dimensions.Count, count) + h.Dimensions.Sum(d => Name(d.Name, count) + count);
        size += Attributes(h.GlobalAttributes, count);
        size += ListHeader(h.Variables.Count, count);
        foreach (var v in h.Variables)
        {
            size += Name(v.Name, count) + count + (v.Rank * count) + Attributes(v.Attributes, count) + 4 + count + (h.Format == NcFormat.Classic ? 4 : 8);
        }

        var recordDim = h.Dimensions.FirstOrDefault(d => d.IsUnlimited);
        var records = h.Variables.Where(v => v.Rank > 0 && recordDim is not null && v.Dimensions[0] == recordDim.Name).ToList();
        foreach (var v in h.Variables.Except(records)) size += Pad4(v.ElementCount * NcTypeSizes.Of(v.Type));
        if (recordDim is not null && records.Count > 0)
        {
            // One record variable alone is not padded (classic format spec, "vsize").
            long recordSize = records.Count == 1
                ? PerRecord(records[0])
                : records.Sum(r => Pad4(PerRecord(r)));
            size += recordDim.Length * recordSize;
            // The final record's trailing padding may be absent; allow it.
            size -= 3 * records.Count;
        }

        return size;
    }

    private static long PerRecord(VariableInfo v) => v.Shape.Skip(1).Aggregate(1L, (a, b) => a * b) * NcTypeSizes.Of(v.Type);

    private static long ListHeader(int n, int count) => 4 + count; // tag + nelems (ABSENT is the same size)

    private static long Name(string name, int count) => count + Pad4(Encoding.UTF8.GetByteCount(name));

    private static long Attributes(IReadOnlyList<AttributeValue> attrs, int count) =>
        ListHeader(attrs.Count, count) + attrs.Sum(a => Name(a.Name, count) + 4 + count +
            Pad4(a.IsText ? Encoding.UTF8.GetByteCount(a.Text ?? "") : a.Numbers.Count * NcTypeSizes.Of(a.Type)));

    private static long Pad4(long n) => (n + 3) / 4 * 4;
}
