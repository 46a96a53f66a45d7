using System.Runtime.InteropServices;

namespace Trendy.Native.Udunits;

/// <summary>Owns a <c>ut_system*</c>; released with <c>ut_free_system</c> under the native gate.</summary>
internal sealed class UnitSystemHandle : SafeHandle
{
    public UnitSystemHandle()
        : base(0, ownsHandle: true)
    {
    }

    internal UnitSystemHandle(nint system)
        : base(0, ownsHandle: true) => SetHandle(system);

    public override bool IsInvalid => handle == 0;

    protected override bool ReleaseHandle()
    {
        lock (NativeGate.Sync) UdunitsNative.FreeSystem(handle);
        return true;
    }
}
