using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Trendy.Core.Cf.Units;

/// <summary>
/// Removes LaTeX math markup from units strings such as <c>kg m$^{-2}$ s$^{-1}$</c> (seen in TRENDY files,
/// docs/quirks.md §6), leaving <c>kg m^-2 s^-1</c> for the expression reader.
/// </summary>
internal static class LatexStripper
{
    public static bool TryStrip(string text, [NotNullWhen(true)] out string? stripped)
    {
        stripped = null;
        if (text.IndexOfAny(['$', '{', '}', '\\']) < 0) return false;
        var builder = new StringBuilder(text)
            .Replace("\\cdot", " ")
            .Replace("\\times", " ")
            .Replace("\\mathrm", "")
            .Replace("\\,", " ")
            .Replace("\\ ", " ")
            .Replace("$", "")
            .Replace("{", "")
            .Replace("}", "");
        stripped = builder.ToString().Trim();
        return true;
    }
}
