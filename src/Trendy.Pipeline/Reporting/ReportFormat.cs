using System.Globalization;

namespace Trendy.Pipeline.Reporting;

/// <summary>Culture-independent number, size, time and text formatting shared by the renderings.</summary>
internal static class ReportFormat
{
    private static readonly string[] Units = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"];

    public static string Bytes(long bytes)
    {
        if (bytes < 1024) return bytes.ToString(CultureInfo.InvariantCulture) + " B";
        double value = bytes;
        var unit = 0;
        while (value >= 1024 && unit < Units.Length - 1)
        {
            value /= 1024;
            unit++;
        }

        return value.ToString("0.0", CultureInfo.InvariantCulture) + " " + Units[unit];
    }

    public static string Stamp(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Hours may exceed 24 on a long release; days are not split out so the value sorts as text.</summary>
    public static string Duration(TimeSpan span)
    {
        var s = span < TimeSpan.Zero ? TimeSpan.Zero : span;
        return string.Create(CultureInfo.InvariantCulture, $"{(long)s.TotalHours}:{s.Minutes:00}:{s.Seconds:00}");
    }

    public static string Seconds(double seconds) => seconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";

    public static string Int(long n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>One line of at most <paramref name="max"/> characters: messages may hold newlines from native libraries.</summary>
    public static string OneLine(string text, int max = int.MaxValue)
    {
        var flat = string.Join(' ', text.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return flat.Length <= max ? flat : string.Concat(flat.AsSpan(0, max - 1), "…");
    }
}
