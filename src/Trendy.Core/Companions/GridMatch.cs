namespace Trendy.Core.Companions;

/// <summary>
/// How a source field's file indices map onto the output grid: output row y reads source row
/// <c>RowSource[y]</c>, output column x reads source column <c>ColumnSource[x]</c>. On a mismatch both maps are
/// null and <see cref="Mismatch"/> says why.
/// </summary>
public sealed record GridMatch(int[]? RowSource, int[]? ColumnSource, string? Mismatch, IReadOnlyList<string> Rules)
{
    public bool IsMatch => RowSource is not null && ColumnSource is not null;

    public static GridMatch Failed(string why) => new(null, null, why, []);
}
