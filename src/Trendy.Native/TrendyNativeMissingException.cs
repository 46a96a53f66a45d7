using Trendy.Core;

namespace Trendy.Native;

/// <summary>A required native library (libnetcdf, libudunits2, libisal) is not installed.</summary>
public sealed class TrendyNativeMissingException(string library, IReadOnlyList<string> triedNames)
    : TrendyException($"native library '{library}' not found (tried {string.Join(", ", triedNames)}); " +
                      $"{NativePackages.InstallHint(library)}, or run 'make deps' in a source checkout (docs/install.md)");
