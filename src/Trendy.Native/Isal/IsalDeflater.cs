namespace Trendy.Native.Isal;

/// <summary>
/// One-shot zlib-format deflate of a whole chunk with ISA-L (<c>isal_deflate_stateless</c>, <c>IGZIP_ZLIB</c>): the
/// RFC 1950 stream HDF5's deflate filter and every NetCDF reader decode as usual. One instance per worker; the stream
/// structure, the level-1 work buffer and the output buffer are reused. Not thread-safe.
/// </summary>
public sealed unsafe class IsalDeflater
{
    private readonly PinnedBlock _stream = new(sizeof(IsalZStream));
    private readonly PinnedBlock? _levelBuffer;
    private readonly uint _level;
    private byte[] _output = [];
    private int _length;

    /// <summary>An ISA-L level, 0 (fastest) or 1; throws when libisal.so.2 is missing.</summary>
    public IsalDeflater(int level)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, 1);
        IsalNative.Require();
        _level = (uint)level;
        if (level == 1) _levelBuffer = new PinnedBlock(IsalNative.Level1BufferSize);
    }

    /// <summary>The zlib stream of the last <see cref="Deflate"/> call; valid until the next call.</summary>
    public ReadOnlySpan<byte> Result => _output.AsSpan(0, _length);

    /// <summary>Deflates <paramref name="input"/> into <see cref="Result"/>; throws <see cref="IsalException"/> on a non-OK status.</summary>
    public void Deflate(ReadOnlySpan<byte> input)
    {
        // igzip_lib.h: a stateless stream never grows beyond the input plus stored-block headers (5 bytes per 64 KiB
        // block), plus the 2-byte zlib header and 4-byte Adler-32; 1 KiB covers the rest generously.
        var bound = input.Length + ((input.Length / 65535) + 1) * 5 + 1024;
        if (_output.Length < bound) _output = GC.AllocateUninitializedArray<byte>(bound);
        var s = (IsalZStream*)_stream.Pointer;
        IsalNative.DeflateStatelessInit(s);
        fixed (byte* i = input)
        fixed (byte* o = _output)
        {
            s->NextIn = i;
            s->AvailIn = (uint)input.Length;
            s->NextOut = o;
            s->AvailOut = (uint)_output.Length;
            s->Level = _level;
            s->LevelBuf = _levelBuffer is null ? null : _levelBuffer.Pointer;
            s->LevelBufSize = _levelBuffer is null ? 0u : (uint)_levelBuffer.Length;
            s->EndOfStream = 1;
            s->GzipFlag = IsalNative.ZlibWrapper;
            var status = IsalNative.DeflateStateless(s);
            if (status != IsalNative.Ok) throw new IsalException("isal_deflate_stateless", status == IsalNative.StatelessOverflow ? "STATELESS_OVERFLOW" : $"status {status}");
            _length = (int)s->TotalOut;
        }
    }
}
