using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Trendy.Native.Isal;

/// <summary>
/// A zeroed buffer on the pinned object heap, so native code can keep a pointer into it for the object's life without
/// a free call or a finalizer: the ISA-L stream structures and work buffers (tens to hundreds of KB, once per worker).
/// </summary>
internal sealed unsafe class PinnedBlock(int size)
{
    private readonly byte[] _bytes = GC.AllocateArray<byte>(size, pinned: true);

    public int Length => _bytes.Length;

    public byte* Pointer => (byte*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(_bytes));

    public Span<byte> Span => _bytes;
}
