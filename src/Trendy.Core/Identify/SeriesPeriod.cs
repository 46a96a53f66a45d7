using System.Globalization;
using System.Text.RegularExpressions;

namespace Trendy.Core.Identify;

/// <summary>
/// The period a part of a split series covers, read from its file name: `_1901-1960` (years), `_190101-196012`
/// (year-month) or `_19010101-19601231` (dates, compared by month). Months are counted from year 0 so parts can be
/// ordered and checked for gaps and overlaps without a calendar.
/// </summary>
public sealed partial record SeriesPeriod(string Text, int FirstMonth, int LastMonth)
{
    /// <summary>The period a token names, or null when it is not one (both ends the same width, start ≤ end).</summary>
    public static SeriesPeriod? Parse(string token)
    {
        var m = Pattern().Match(token);
        if (!m.Success || m.Groups[1].Length != m.Groups[2].Length) return null;
        var first = Month(m.Groups[1].Value, start: true);
        var last = Month(m.Groups[2].Value, start: false);
        return first is { } f && last is { } l && f <= l ? new SeriesPeriod(token, f, l) : null;
    }

    public string Describe(int month) => $"{month / 12:0000}-{(month % 12) + 1:00}";

    private static int? Month(string digits, bool start)
    {
        var year = int.Parse(digits[..4], CultureInfo.InvariantCulture);
        if (digits.Length == 4) return (year * 12) + (start ? 0 : 11);
        var month = int.Parse(digits[4..6], CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 ? (year * 12) + month - 1 : null;
    }

    [GeneratedRegex("^([0-9]{4}|[0-9]{6}|[0-9]{8})-([0-9]{4}|[0-9]{6}|[0-9]{8})$")]
    private static partial Regex Pattern();
}
