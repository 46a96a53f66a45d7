using System.Text.RegularExpressions;

namespace Trendy.Core.Identify;

/// <summary>
/// Simulation tokens: <c>S0</c>…<c>S3</c> (protocol), <c>S4</c>…<c>S7</c> (TRENDY v8 and older), <c>FS4</c>/<c>FS5</c>
/// (v13, meaning undocumented, kept opaque) — docs/quirks.md §2.
/// </summary>
internal static partial class SimulationName
{
    /// <summary>The token as a simulation label (upper-cased), or null.</summary>
    public static string? FromToken(string token) => Token().IsMatch(token) ? token.ToUpperInvariant() : null;

    /// <summary>
    /// A folder's simulation and decoration: <c>S2</c> → (S2, null); <c>correctedS2</c> → (S2, corrected);
    /// <c>S0_revisedNov3</c> → (S0, revisedNov3); anything else (v1, update) → (null, null).
    /// </summary>
    public static (string? Simulation, string? Revision) FromFolder(string folder)
    {
        if (FromToken(folder) is { } plain) return (plain, null);
        var before = Decorated().Match(folder);
        if (before.Success) return (before.Groups["sim"].Value.ToUpperInvariant(), before.Groups["rev"].Value);
        var after = Suffixed().Match(folder);
        if (after.Success) return (after.Groups["sim"].Value.ToUpperInvariant(), after.Groups["rev"].Value);
        return (null, null);
    }

    [GeneratedRegex("^F?S[0-9]{1,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex Token();

    // v14 CLASSIC/correctedS2.
    [GeneratedRegex("^(?<rev>[A-Za-z]+)(?<sim>F?S[0-9]{1,2})$")]
    private static partial Regex Decorated();

    // v10 S0_revisedNov3.
    [GeneratedRegex("^(?<sim>F?S[0-9]{1,2})[_-](?<rev>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Suffixed();
}
