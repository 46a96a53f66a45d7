using Trendy.Core;

namespace Trendy.Native.Hdf5;

/// <summary>The one exception type for failures of our own HDF5 calls (the direct-chunk path): the call, the file and the dataset.</summary>
public sealed class Hdf5Exception(string call, string file, string? variable)
    : TrendyException($"{file}{(variable is null ? "" : " › " + variable)}: {call} failed (HDF5 error)")
{
    public string Call { get; } = call;

    public string FilePath { get; } = file;

    public string? Variable { get; } = variable;
}
