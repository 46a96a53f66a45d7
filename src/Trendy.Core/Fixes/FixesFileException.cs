namespace Trendy.Core.Fixes;

/// <summary>
/// A fixes file (embedded or a user's <c>--fixes FILE.json</c>) is malformed: bad JSON, an unknown field, a wrong
/// type, or a missing/contradictory value. Carries the file's display name, the 1-based line when known and the
/// JSON path of the field at fault, so the user can go straight to it.
/// </summary>
public sealed class FixesFileException : TrendyException
{
    public FixesFileException(string displayName, long? line, string? field, string problem, Exception? inner = null)
        : base(Format(displayName, line, field, problem), inner)
    {
        DisplayName = displayName;
        Line = line;
        Field = field;
        Problem = problem;
    }

    /// <summary>The name the file was given to the loader (a path for user files, "fixes.json (embedded)" otherwise).</summary>
    public string DisplayName { get; }

    /// <summary>1-based line of the fault, when the JSON reader knew it.</summary>
    public long? Line { get; }

    /// <summary>JSON path of the field at fault, e.g. <c>$.models.CARDAMOM.time[0].origin</c>.</summary>
    public string? Field { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }

    private static string Format(string displayName, long? line, string? field, string problem)
    {
        var where = line is null ? displayName : $"{displayName}:{line}";
        var at = string.IsNullOrEmpty(field) ? "" : $" at {field}";
        return $"{where}{at}: {problem}";
    }
}
