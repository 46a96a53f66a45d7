using System.Text.RegularExpressions;
using Trendy.Core.Inventory;

namespace Trendy.Core.Planning;

/// <summary>
/// Finds the names a source file gives its plant functional types, by content rather than by one model's
/// attribute name: a text attribute of the PFT coordinate, of another variable on the PFT dimension, of the data
/// variable or of the file that lists exactly one name per PFT ("1 tropical tree, 2 temperate tree, ...",
/// "TrBE; TrBR; ...", or CF <c>flag_meanings</c>), or the text values of a string variable on the PFT dimension.
/// The names are carried into the output as a string coordinate (CF 1.8 §6.1 labels).
/// </summary>
public static partial class PftNames
{
    public static IReadOnlyList<string>? Find(DatasetHeader header, VariableInfo data, string dimension, int length)
    {
        if (length < 2) return null;
        var onAxis = header.Variables.Where(v => v.Dimensions.Count > 0 && v.Dimensions[0] == dimension && v.Name != data.Name).ToList();
        foreach (var v in onAxis)
        {
            if (header.Texts(v.Name) is { } texts && texts.Length == length && texts.All(t => t.Trim().Length > 0)) return [.. texts.Select(t => t.Trim())];
        }

        var attributes = onAxis.OrderBy(v => v.Name == dimension ? 0 : 1).SelectMany(v => v.Attributes)
            .Concat(data.Attributes).Concat(header.GlobalAttributes)
            .Where(a => a.IsText && a.Text is { Length: > 0 });
        foreach (var a in attributes)
        {
            var names = a.Name == "flag_meanings" ? a.Text!.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries) : ParseList(a.Text!);
            if (names is not null && names.Count == length) return names;
        }

        return null;
    }

    /// <summary>
    /// "label: 1 a, 2 b" or "a, b" (',' ';' or line separated): the items, without a common numbering 1..n or
    /// 0..n-1; null when the text is not a list.
    /// </summary>
    internal static IReadOnlyList<string>? ParseList(string text)
    {
        var body = text.Contains(':', StringComparison.Ordinal) && Numbered().IsMatch(text[(text.IndexOf(':', StringComparison.Ordinal) + 1)..].TrimStart())
            ? text[(text.IndexOf(':', StringComparison.Ordinal) + 1)..]
            : text;
        var items = body.Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (items.Length < 2) return null;
        var numbers = items.Select(i => Numbered().Match(i)).ToList();
        if (numbers.All(m => m.Success))
        {
            var first = int.Parse(numbers[0].Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var sequential = numbers.Select((m, i) => int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) == first + i).All(x => x);
            return sequential && first is 0 or 1 ? [.. numbers.Select(m => m.Groups["name"].Value.Trim())] : null;
        }

        return items.Any(i => i.Contains(':', StringComparison.Ordinal)) ? null : items;
    }

    [GeneratedRegex(@"^(?<n>\d{1,4})\s*[:=.)-]?\s+(?<name>\S.*)$")]
    private static partial Regex Numbered();
}
