namespace Trendy.Core.Identify;

/// <summary>
/// One rule that fired while reading a file name, for the report's "which rule recognised this file" column
/// (docs/quirks.md §5 asks for the rule per file). <see cref="Id"/> is stable; see <see cref="NameRuleIds"/>.
/// </summary>
public sealed record NameRule(string Id, string Detail)
{
    public override string ToString() => $"{Id}: {Detail}";
}
