using Trendy.Core.Planning;
using Trendy.Native.Hdf5;
using Trendy.Native.Isal;

namespace Trendy.Pipeline.Execution;

/// <summary>What this process's HDF5 and ISA-L can do, found once (each library is probed once per process) and given to the planner.</summary>
public static class NativeIoCapabilities
{
    private static readonly Lazy<IoCapabilities> Probed = new(() => new IoCapabilities(Hdf5ChunkWriter.IsSupported, IsalCodec.IsAvailable));

    public static IoCapabilities Current => Probed.Value;
}
