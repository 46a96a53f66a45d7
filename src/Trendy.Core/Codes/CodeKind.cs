namespace Trendy.Core.Codes;

/// <summary>Which list a code belongs to (docs/codes.md has one table for each).</summary>
public enum CodeKind
{
    /// <summary>A reason code that ends a file's run: the report's <c>reason</c>, next to its status.</summary>
    Outcome,

    /// <summary>A data problem or a decision found while identifying, planning or writing companions.</summary>
    Diagnostic,
}
