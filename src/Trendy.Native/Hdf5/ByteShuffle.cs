using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Trendy.Native.Hdf5;

/// <summary>
/// HDF5's shuffle filter (H5Zshuffle.c): for n elements of size s, output byte k·n + i is input byte i·s + k, so all
/// first bytes come first, then all second bytes, and so on. Shuffling before deflate is what makes float data
/// compress (ratio 4.0 with, 3.3 without at level 1; docs/native-io.md §3).
/// </summary>
/// <remarks>
/// Four-byte elements (float32, the TRENDY data type) are shuffled 16 at a time with SSE2/SSSE3 byte unpacks and a 4 × 4
/// transpose of 32-bit lanes: the byte-at-a-time loop cost about 1 ns per byte on each of read and write, as much as
/// ISA-L's inflate (docs/performance.md). Other sizes, machines without SSSE3 and the tail use the plain loop; both give
/// the same bytes (the tests compare them with the definition above).
/// </remarks>
public static class ByteShuffle
{
    private static readonly Vector128<byte> GatherBytePlanes = Vector128.Create((byte)0, 4, 8, 12, 1, 5, 9, 13, 2, 6, 10, 14, 3, 7, 11, 15);

    public static void Shuffle(ReadOnlySpan<byte> source, Span<byte> destination, int elementSize)
    {
        var n = Check(source, destination, elementSize);
        var done = elementSize == 4 && Ssse3.IsSupported ? Shuffle4(source, destination, n) : 0;
        for (var k = 0; k < elementSize; k++)
        {
            var plane = destination.Slice(k * n, n);
            for (int i = done, j = (done * elementSize) + k; i < n; i++, j += elementSize) plane[i] = source[j];
        }

        // HDF5 copies a trailing partial element unchanged; whole-element buffers have none.
        source[(n * elementSize)..].CopyTo(destination[(n * elementSize)..]);
    }

    public static void Unshuffle(ReadOnlySpan<byte> source, Span<byte> destination, int elementSize)
    {
        var n = Check(source, destination, elementSize);
        var done = elementSize == 4 && Sse2.IsSupported ? Unshuffle4(source, destination, n) : 0;
        for (var k = 0; k < elementSize; k++)
        {
            var plane = source.Slice(k * n, n);
            for (int i = done, j = (done * elementSize) + k; i < n; i++, j += elementSize) destination[j] = plane[i];
        }

        source[(n * elementSize)..].CopyTo(destination[(n * elementSize)..]);
    }

    /// <summary>Shuffles the first multiple of 16 of <paramref name="n"/> four-byte elements; returns how many.</summary>
    private static int Shuffle4(ReadOnlySpan<byte> source, Span<byte> destination, int n)
    {
        ref var src = ref MemoryMarshal.GetReference(source);
        ref var dst = ref MemoryMarshal.GetReference(destination);
        var whole = n & ~15;
        for (var i = 0; i < whole; i += 16)
        {
            // Each vector holds four elements; gathering puts their byte 0s, 1s, 2s, 3s in the four 32-bit lanes.
            var t0 = Ssse3.Shuffle(Load(ref src, 4 * i), GatherBytePlanes).AsUInt32();
            var t1 = Ssse3.Shuffle(Load(ref src, (4 * i) + 16), GatherBytePlanes).AsUInt32();
            var t2 = Ssse3.Shuffle(Load(ref src, (4 * i) + 32), GatherBytePlanes).AsUInt32();
            var t3 = Ssse3.Shuffle(Load(ref src, (4 * i) + 48), GatherBytePlanes).AsUInt32();

            // Transpose the 4 × 4 lanes: plane k collects lane k of t0..t3, i.e. byte k of 16 consecutive elements.
            var x0 = Sse2.UnpackLow(t0, t1).AsUInt64();
            var x1 = Sse2.UnpackHigh(t0, t1).AsUInt64();
            var x2 = Sse2.UnpackLow(t2, t3).AsUInt64();
            var x3 = Sse2.UnpackHigh(t2, t3).AsUInt64();
            Store(ref dst, i, Sse2.UnpackLow(x0, x2).AsByte());
            Store(ref dst, n + i, Sse2.UnpackHigh(x0, x2).AsByte());
            Store(ref dst, (2 * n) + i, Sse2.UnpackLow(x1, x3).AsByte());
            Store(ref dst, (3 * n) + i, Sse2.UnpackHigh(x1, x3).AsByte());
        }

        return whole;
    }

    /// <summary>Unshuffles the first multiple of 16 of <paramref name="n"/> four-byte elements; returns how many.</summary>
    private static int Unshuffle4(ReadOnlySpan<byte> source, Span<byte> destination, int n)
    {
        ref var src = ref MemoryMarshal.GetReference(source);
        ref var dst = ref MemoryMarshal.GetReference(destination);
        var whole = n & ~15;
        for (var i = 0; i < whole; i += 16)
        {
            var a = Load(ref src, i);
            var b = Load(ref src, n + i);
            var c = Load(ref src, (2 * n) + i);
            var d = Load(ref src, (3 * n) + i);

            // Interleave bytes of planes 0/1 and 2/3, then their 16-bit pairs: four whole elements per 32-bit lane.
            var abLow = Sse2.UnpackLow(a, b).AsUInt16();
            var abHigh = Sse2.UnpackHigh(a, b).AsUInt16();
            var cdLow = Sse2.UnpackLow(c, d).AsUInt16();
            var cdHigh = Sse2.UnpackHigh(c, d).AsUInt16();
            Store(ref dst, 4 * i, Sse2.UnpackLow(abLow, cdLow).AsByte());
            Store(ref dst, (4 * i) + 16, Sse2.UnpackHigh(abLow, cdLow).AsByte());
            Store(ref dst, (4 * i) + 32, Sse2.UnpackLow(abHigh, cdHigh).AsByte());
            Store(ref dst, (4 * i) + 48, Sse2.UnpackHigh(abHigh, cdHigh).AsByte());
        }

        return whole;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<byte> Load(ref byte start, int offset) => Vector128.LoadUnsafe(ref start, (nuint)offset);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store(ref byte start, int offset, Vector128<byte> value) => value.StoreUnsafe(ref start, (nuint)offset);

    private static int Check(ReadOnlySpan<byte> source, Span<byte> destination, int elementSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(elementSize, 1);
        if (destination.Length < source.Length) throw new ArgumentException("destination is shorter than source", nameof(destination));
        return source.Length / elementSize;
    }
}
