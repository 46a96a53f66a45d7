namespace Trendy.Native;

/// <summary>
/// The one process-wide lock for native code. libnetcdf, HDF5 and UDUNITS-2 are not thread-safe;
/// every call into them holds this lock. ISA-L's stateless calls do not need it (see Isal/IsalNative.cs).
/// </summary>
/// <remarks>
/// Why one lock and not one per library: libnetcdf crashed in 3 of 8 two-thread runs without a lock
/// and a global lock cost nothing measurable because HDF5 serialises anyway (native-io.md §1);
/// UDUNITS-2 keeps its last status in a global (<c>ut_get_status</c>) and its error handler in another,
/// so a call and the status read after it must sit inside one critical section. A single lock also
/// rules out lock-order deadlocks between the layers. <see cref="Lock"/> is re-entrant, so a
/// SafeHandle release that takes it while an operation already holds it is fine.
/// </remarks>
internal static class NativeGate
{
    public static readonly Lock Sync = new();
}
