using Trendy.Core;

namespace Trendy.Native;

/// <summary>A required native library (libnetcdf, libudunits2, libisal) is not installed.</summary>
public sealed class TrendyNativeMissingException(string library, IReadOnlyList<string> triedNames)
    : TrendyException($"native library '{library}' not found (tried {string.Join(", ", triedNames)}); " +
                      "install it, e.g. 'apt-get install libnetcdf19 libudunits2-0 libudunits2-data libisal2' or run 'make deps'");
