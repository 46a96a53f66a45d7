namespace Trendy.Core.Diagnostics;

/// <summary>Where a problem sits: file › variable › attribute (any part may be absent).</summary>
public sealed record Where(string? File = null, string? Variable = null, string? Attribute = null)
{
    public static readonly Where Nowhere = new();

    public Where WithVariable(string? variable) => this with { Variable = variable };

    public Where WithAttribute(string? attribute) => this with { Attribute = attribute };

    public override string ToString()
    {
        var parts = new List<string>(3);
        if (!string.IsNullOrEmpty(File)) parts.Add(File);
        if (!string.IsNullOrEmpty(Variable)) parts.Add(Variable);
        if (!string.IsNullOrEmpty(Attribute)) parts.Add(Attribute);
        return string.Join(" › ", parts);
    }
}
