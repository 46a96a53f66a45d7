using System.Runtime.InteropServices;

namespace Trendy.Native.Udunits;

/// <summary>
/// Owns a <c>ut_unit*</c> from <c>ut_parse</c>; released with <c>ut_free</c>. It keeps its unit system
/// alive because a unit must not outlive the system it came from: the creator has already called
/// <see cref="SafeHandle.DangerousAddRef"/> on the system, and this handle releases that reference.
/// </summary>
internal sealed class UnitHandle : SafeHandle
{
    private static int s_live;
    private readonly UnitSystemHandle? _system;

    public UnitHandle()
        : base(0, ownsHandle: true)
    {
    }

    internal UnitHandle(nint unit, UnitSystemHandle system)
        : base(0, ownsHandle: true)
    {
        _system = system;
        SetHandle(unit);
        Interlocked.Increment(ref s_live);
    }

    /// <summary>Units parsed and not yet freed, process-wide; the leak test watches it.</summary>
    internal static int Live => Volatile.Read(ref s_live);

    public override bool IsInvalid => handle == 0;

    protected override bool ReleaseHandle()
    {
        lock (NativeGate.Sync) UdunitsNative.FreeUnit(handle);
        Interlocked.Decrement(ref s_live);
        _system?.DangerousRelease();
        return true;
    }
}
