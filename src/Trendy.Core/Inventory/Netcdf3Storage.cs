namespace Trendy.Core.Inventory;

/// <summary>
/// Where a classic-format file (CDF-1, CDF-2, CDF-5) keeps each variable's values, as its own header says: the
/// byte offset of the first value (<c>begin</c>), and for record variables the stride between records. libnetcdf
/// does not expose these offsets, so they come from the header bytes (<see cref="Netcdf3StorageParser"/>); values
/// are big-endian (NetCDF classic format specification, "data").
/// </summary>
public sealed record Netcdf3Storage(NcFormat Format, long RecordCount, long RecordSize, IReadOnlyList<Netcdf3VariableStorage> Variables)
{
    public Netcdf3VariableStorage? Variable(string name) =>
        Variables.FirstOrDefault(v => string.Equals(v.Name, name, StringComparison.Ordinal));

    /// <summary>
    /// Byte offset of outer index <paramref name="index"/> (a record for a record variable, else the first
    /// dimension's index) of <paramref name="variable"/>, whose slice along the first dimension is
    /// <paramref name="sliceBytes"/> long.
    /// </summary>
    public long Offset(Netcdf3VariableStorage variable, long index, long sliceBytes) =>
        variable.Begin + (index * (variable.IsRecord ? RecordSize : sliceBytes));

    /// <summary>Bytes between the starts of two consecutive outer slices of <paramref name="variable"/>.</summary>
    public long Stride(Netcdf3VariableStorage variable, long sliceBytes) => variable.IsRecord ? RecordSize : sliceBytes;
}

/// <summary>One variable of a classic-format header: its type, dimension ids, and where its values start.</summary>
public sealed record Netcdf3VariableStorage(string Name, NcType Type, IReadOnlyList<long> DimensionIds, bool IsRecord, long Begin);
