using System.Globalization;
using Trendy.Core.Planning;

namespace Trendy.Cli.Parsing;

/// <summary>How option values written as text become typed values; each returns null and a one-line reason when the text is wrong.</summary>
public static class OptionValues
{
    /// <summary>The smallest memory budget worth running with: below it a slab holds less than one time step of a 0.5° grid.</summary>
    public const long MinimumMemory = 16L * 1024 * 1024;

    /// <summary>"512M", "2G", "300000K", "1.5GiB", or a plain number of MiB.</summary>
    public static (long? Bytes, string? Error) Memory(string text)
    {
        var t = text.Trim().ToUpperInvariant();
        if (t.EndsWith("IB", StringComparison.Ordinal)) t = t[..^2];
        else if (t.EndsWith('B')) t = t[..^1];
        var multiplier = t.Length == 0 ? 0 : t[^1] switch
        {
            'K' => 1024L,
            'M' => 1024L * 1024,
            'G' => 1024L * 1024 * 1024,
            _ => 0,
        };
        var digits = multiplier == 0 ? t : t[..^1];
        if (multiplier == 0) multiplier = 1024L * 1024;
        if (!double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) || !double.IsFinite(n) || n <= 0)
        {
            return (null, $"--memory takes a size such as 512M or 2G, found '{text}'");
        }

        return (Math.Max((long)Math.Min(n * multiplier, long.MaxValue / 2), MinimumMemory), null);
    }

    /// <summary>The budget written back as text for a worker process (exact, in KiB).</summary>
    public static string MemoryText(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024}K");

    public static (TimeSpan? Value, string? Error) Seconds(string text, string option) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v > 0 && v < TimeSpan.MaxValue.TotalSeconds
            ? (TimeSpan.FromSeconds(v), null)
            : (null, $"{option} takes a positive number of seconds, found '{text}'");

    public static long DefaultMemory => ConvertOptions.DefaultMemoryBudget;

    /// <summary>`--models A,B --models C` → A, B, C.</summary>
    public static IReadOnlyList<string> CommaList(IEnumerable<string>? values) =>
        values is null ? [] : [.. values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];
}
