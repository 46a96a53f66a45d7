using System.Runtime.InteropServices;

namespace Trendy.Native.Udunits;

/// <summary>Owns a <c>cv_converter*</c> from <c>ut_get_converter</c>; released with <c>cv_free</c>.</summary>
internal sealed class ConverterHandle : SafeHandle
{
    public ConverterHandle()
        : base(0, ownsHandle: true)
    {
    }

    internal ConverterHandle(nint converter)
        : base(0, ownsHandle: true) => SetHandle(converter);

    public override bool IsInvalid => handle == 0;

    protected override bool ReleaseHandle()
    {
        lock (NativeGate.Sync) UdunitsNative.FreeConverter(handle);
        return true;
    }
}
