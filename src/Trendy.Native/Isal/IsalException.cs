using Trendy.Core;

namespace Trendy.Native.Isal;

/// <summary>A non-OK status from an ISA-L call that should not fail on valid arguments (the deflate side).</summary>
public sealed class IsalException(string call, string status)
    : TrendyException($"{call} failed ({status}); set TRENDY2ILAMB_NO_ISAL=1 to use zlib-ng instead and report this");
