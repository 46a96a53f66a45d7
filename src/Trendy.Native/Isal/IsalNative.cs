using System.Runtime.InteropServices;

namespace Trendy.Native.Isal;

/// <summary>
/// The four stateless calls of Intel ISA-L's igzip (libisal.so.2, Debian <c>libisal2</c>), as function pointers
/// resolved once; <see cref="Available"/> is false when the library or a symbol is missing, and the callers then use
/// zlib-ng. Unlike libnetcdf, HDF5 and UDUNITS-2 these calls do not take <see cref="NativeGate.Sync"/>: a stateless
/// call reads and writes only the stream structure and buffers it is given (no global state; igzip_lib.h), so one
/// stream per worker thread runs in parallel, which is the point of using it.
/// </summary>
internal static unsafe class IsalNative
{
    /// <summary>gzip_flag / crc_flag value for a zlib stream (RFC 1950 header and Adler-32 trailer): IGZIP_ZLIB, ISAL_ZLIB.</summary>
    public const ushort ZlibWrapper = 3;

    /// <summary>COMP_OK and ISAL_DECOMP_OK.</summary>
    public const int Ok = 0;

    /// <summary>ISAL_OUT_OVERFLOW: the stream holds more bytes than the output buffer.</summary>
    public const int OutOverflow = 2;

    /// <summary>STATELESS_OVERFLOW: the output buffer is too small.</summary>
    public const int StatelessOverflow = -1;

    /// <summary>ISAL_DEF_LVL1_DEFAULT (= ISAL_DEF_LVL1_LARGE): the level-1 work buffer igzip_lib.h recommends.</summary>
    public const int Level1BufferSize = 282624;

    private static readonly Lazy<bool> Resolved = new(Resolve, LazyThreadSafetyMode.ExecutionAndPublication);
    private static delegate* unmanaged<IsalZStream*, void> _deflateInit;
    private static delegate* unmanaged<IsalZStream*, int> _deflate;
    private static delegate* unmanaged<IsalInflateState*, void> _inflateInit;
    private static delegate* unmanaged<IsalInflateState*, int> _inflate;

    /// <summary>True when libisal.so.2 loads and exports the stateless calls (decided once per process).</summary>
    public static bool Available => Resolved.Value;

    public static void DeflateStatelessInit(IsalZStream* stream)
    {
        Require();
        _deflateInit(stream);
    }

    public static int DeflateStateless(IsalZStream* stream)
    {
        Require();
        return _deflate(stream);
    }

    public static void InflateInit(IsalInflateState* state)
    {
        Require();
        _inflateInit(state);
    }

    public static int InflateStateless(IsalInflateState* state)
    {
        Require();
        return _inflate(state);
    }

    /// <summary>The name of an inflate/deflate status code of igzip_lib.h, for messages.</summary>
    public static string InflateStatusName(int status) => status switch
    {
        0 => "ISAL_DECOMP_OK",
        1 => "ISAL_END_INPUT (stream ends early)",
        2 => "ISAL_OUT_OVERFLOW",
        6 => "ISAL_NEED_DICT",
        -1 => "ISAL_INVALID_BLOCK",
        -2 => "ISAL_INVALID_SYMBOL",
        -3 => "ISAL_INVALID_LOOKBACK",
        -4 => "ISAL_INVALID_WRAPPER (not a zlib stream)",
        -5 => "ISAL_UNSUPPORTED_METHOD",
        -6 => "ISAL_INCORRECT_CHECKSUM",
        _ => $"ISA-L status {status}",
    };

    /// <summary>Every entry point checks <see cref="Available"/> first, so a missing library fails clearly, never as a null call.</summary>
    public static void Require()
    {
        if (!Available) throw new TrendyNativeMissingException(NativeLibraries.Isal, NativeLibraries.CandidatesOf(NativeLibraries.Isal));
    }

    private static bool Resolve()
    {
        IntPtr lib;
        try
        {
            lib = NativeLibraries.Handle(NativeLibraries.Isal);
        }
        catch (TrendyNativeMissingException)
        {
            return false;
        }

        if (!NativeLibrary.TryGetExport(lib, "isal_deflate_stateless_init", out var deflateInit)
            || !NativeLibrary.TryGetExport(lib, "isal_deflate_stateless", out var deflate)
            || !NativeLibrary.TryGetExport(lib, "isal_inflate_init", out var inflateInit)
            || !NativeLibrary.TryGetExport(lib, "isal_inflate_stateless", out var inflate))
        {
            return false;
        }

        _deflateInit = (delegate* unmanaged<IsalZStream*, void>)deflateInit;
        _deflate = (delegate* unmanaged<IsalZStream*, int>)deflate;
        _inflateInit = (delegate* unmanaged<IsalInflateState*, void>)inflateInit;
        _inflate = (delegate* unmanaged<IsalInflateState*, int>)inflate;
        return true;
    }
}
