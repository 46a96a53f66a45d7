namespace Trendy.Core.Inventory;

/// <summary>
/// One attribute as stored: its type and either its text (char/string) or its numbers widened to double.
/// 64-bit integers beyond 2^53 lose precision here; no CF attribute we read needs them exact.
/// </summary>
public sealed record AttributeValue(string Name, NcType Type, string? Text, IReadOnlyList<double> Numbers)
{
    public static AttributeValue OfText(string name, string text) => new(name, NcType.Char, text, []);

    public static AttributeValue OfNumbers(string name, NcType type, params double[] numbers) => new(name, type, null, numbers);

    public bool IsText => Type is NcType.Char or NcType.String;

    /// <summary>The first number, or null when the attribute is text or empty.</summary>
    public double? FirstNumber => Numbers.Count > 0 ? Numbers[0] : null;

    public override string ToString() => IsText ? $"\"{Text}\"" : string.Join(", ", Numbers);
}
