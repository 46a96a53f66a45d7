using System.Runtime.InteropServices;
using System.Text;

namespace Trendy.Native.Udunits;

/// <summary>
/// Every libudunits2 entry point this program uses, and nothing else. Callers hold
/// <see cref="NativeGate.Sync"/> around each call and around the <c>ut_get_status</c> read that follows it.
/// </summary>
/// <remarks>
/// Entry points are resolved with <see cref="NativeLibrary.TryLoad(string, out nint)"/> and
/// <see cref="NativeLibrary.GetExport"/> into unmanaged function pointers instead of <c>[DllImport]</c> with a
/// <c>DllImportResolver</c>: .NET allows one resolver per assembly and the netCDF layer in this assembly needs
/// its own soname search (docs/native-io.md "Library name trap"); function pointers keep the two independent.
/// Only the versioned soname ships with the runtime package (libudunits2-0), hence the candidate list.
/// Signatures are from udunits2.h / converter.h (UDUNITS-2 2.2.x).
/// </remarks>
internal static unsafe class UdunitsNative
{
    /// <summary><c>ut_encoding</c>: UT_ASCII = 0, UT_ISO_8859_1 = 1, UT_UTF8 = 2.</summary>
    private const int EncodingUtf8 = 2;

    private static readonly string[] LibraryNames =
        ["libudunits2.so.0", "libudunits2.so", "udunits2", "libudunits2.0.dylib", "libudunits2.dylib"];

    private static nint s_library;
    private static delegate* unmanaged<byte*, nint> s_readXml;
    private static delegate* unmanaged<nint, void> s_freeSystem;
    private static delegate* unmanaged<nint, byte*, int, nint> s_parse;
    private static delegate* unmanaged<nint, void> s_free;
    private static delegate* unmanaged<nint, nint, int> s_areConvertible;
    private static delegate* unmanaged<nint, nint, nint> s_getConverter;
    private static delegate* unmanaged<nint, double, double> s_convertDouble;
    private static delegate* unmanaged<nint, void> s_converterFree;
    private static delegate* unmanaged<int> s_getStatus;
    private static delegate* unmanaged<byte*, int*, nint> s_getPathXml;

    /// <summary>Loads the library once and silences its stderr messages; throws <see cref="UnitsException"/> if absent.</summary>
    public static void EnsureLoaded()
    {
        AssertGate();
        if (s_library != 0) return;
        nint library = 0;
        var found = Array.Exists(LibraryNames, name => NativeLibrary.TryLoad(name, out library));
        if (!found)
        {
            throw new UnitsException(
                $"libudunits2 was not found (tried {string.Join(", ", LibraryNames)}); {NativePackages.InstallHint(NativeLibraries.Udunits)}");
        }

        s_readXml = (delegate* unmanaged<byte*, nint>)Export(library, "ut_read_xml");
        s_freeSystem = (delegate* unmanaged<nint, void>)Export(library, "ut_free_system");
        s_parse = (delegate* unmanaged<nint, byte*, int, nint>)Export(library, "ut_parse");
        s_free = (delegate* unmanaged<nint, void>)Export(library, "ut_free");
        s_areConvertible = (delegate* unmanaged<nint, nint, int>)Export(library, "ut_are_convertible");
        s_getConverter = (delegate* unmanaged<nint, nint, nint>)Export(library, "ut_get_converter");
        s_convertDouble = (delegate* unmanaged<nint, double, double>)Export(library, "cv_convert_double");
        s_converterFree = (delegate* unmanaged<nint, void>)Export(library, "cv_free");
        s_getStatus = (delegate* unmanaged<int>)Export(library, "ut_get_status");
        s_getPathXml = (delegate* unmanaged<byte*, int*, nint>)Export(library, "ut_get_path_xml");

        // UDUNITS prints every failed parse and database warning through its message handler (stderr by
        // default). We report errors ourselves with the status code, so install its own no-op handler.
        var setHandler = (delegate* unmanaged<nint, nint>)Export(library, "ut_set_error_message_handler");
        setHandler(Export(library, "ut_ignore"));
        s_library = library;
    }

    /// <summary><c>ut_read_xml</c>; a null path means "UDUNITS2_XML_PATH, else the installed default".</summary>
    public static nint ReadXml(string? path)
    {
        AssertGate();
        if (path is null) return s_readXml(null);
        fixed (byte* p = Utf8(path)) return s_readXml(p);
    }

    public static void FreeSystem(nint system)
    {
        AssertGate();
        s_freeSystem(system);
    }

    /// <summary><c>ut_parse</c> with UT_UTF8; returns 0 on failure (then read <see cref="Status"/>).</summary>
    public static nint Parse(nint system, string units)
    {
        AssertGate();
        fixed (byte* p = Utf8(units)) return s_parse(system, p, EncodingUtf8);
    }

    public static void FreeUnit(nint unit)
    {
        AssertGate();
        s_free(unit);
    }

    public static bool AreConvertible(nint from, nint to)
    {
        AssertGate();
        return s_areConvertible(from, to) != 0;
    }

    /// <summary><c>ut_get_converter</c>; returns 0 on failure (then read <see cref="Status"/>).</summary>
    public static nint GetConverter(nint from, nint to)
    {
        AssertGate();
        return s_getConverter(from, to);
    }

    public static double Convert(nint converter, double value)
    {
        AssertGate();
        return s_convertDouble(converter, value);
    }

    public static void FreeConverter(nint converter)
    {
        AssertGate();
        s_converterFree(converter);
    }

    /// <summary>
    /// <c>ut_get_path_xml(NULL, &amp;status)</c>: the database path <c>ut_read_xml(NULL)</c> would read, i.e.
    /// <c>UDUNITS2_XML_PATH</c> if set, else the path compiled into the library (udunits2lib, "ut_get_path_xml").
    /// </summary>
    public static string? DefaultXmlPath()
    {
        AssertGate();
        int status;
        return Marshal.PtrToStringUTF8(s_getPathXml(null, &status));
    }

    public static UdunitsStatus Status()
    {
        AssertGate();
        return (UdunitsStatus)s_getStatus();
    }

    private static nint Export(nint library, string name) => NativeLibrary.GetExport(library, name);

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text + "\0");

    // A cheap check that is always on: a call outside the gate is a bug that would otherwise show up
    // only as a rare crash or a status read from another thread's call.
    private static void AssertGate()
    {
        if (!NativeGate.Sync.IsHeldByCurrentThread)
            throw new InvalidOperationException("UDUNITS-2 call without NativeGate.Sync held");
    }
}
