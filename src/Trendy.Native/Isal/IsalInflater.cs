namespace Trendy.Native.Isal;

/// <summary>
/// One-shot inflate of a zlib-format chunk with ISA-L (<c>isal_inflate_stateless</c>, <c>ISAL_ZLIB</c>, which also
/// checks the Adler-32 trailer). A damaged or wrongly sized stream is returned as a problem text, not thrown, so
/// callers inflating in parallel loops collect it. One instance per worker, state reused. Not thread-safe.
/// </summary>
public sealed unsafe class IsalInflater
{
    private readonly PinnedBlock _state = new(sizeof(IsalInflateState));

    public IsalInflater()
    {
        IsalNative.Require();
    }

    /// <summary>Inflates <paramref name="stored"/> into exactly <paramref name="destination"/>; null when it fits exactly, else what is wrong.</summary>
    public string? Inflate(ReadOnlySpan<byte> stored, Span<byte> destination)
    {
        var s = (IsalInflateState*)_state.Pointer;
        IsalNative.InflateInit(s);
        fixed (byte* i = stored)
        fixed (byte* o = destination)
        {
            s->NextIn = i;
            s->AvailIn = (uint)stored.Length;
            s->NextOut = o;
            s->AvailOut = (uint)destination.Length;
            s->CrcFlag = IsalNative.ZlibWrapper;
            var status = IsalNative.InflateStateless(s);
            if (status == IsalNative.OutOverflow) return $"chunk inflates to more than {destination.Length} bytes";
            if (status != IsalNative.Ok) return $"corrupt deflate stream: {IsalNative.InflateStatusName(status)}";
            return s->TotalOut == destination.Length ? null : $"chunk inflates to fewer than {destination.Length} bytes ({s->TotalOut})";
        }
    }
}
