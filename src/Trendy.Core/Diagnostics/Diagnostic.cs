namespace Trendy.Core.Diagnostics;

/// <summary>
/// A data problem found while inspecting or planning a file. Stable <see cref="Code"/> values
/// (TIME003, UNIT010, ...) let users grep and tests assert; the message follows the template
/// "file › variable › attribute: expected …, found …; remedy" (docs/architecture.md, Habits).
/// </summary>
public sealed record Diagnostic(string Code, Severity Severity, Where Where, string Expected, string Found, string Remedy)
{
    public static Diagnostic Error(string code, Where where, string expected, string found, string remedy) =>
        new(code, Severity.Error, where, expected, found, remedy);

    public static Diagnostic Warning(string code, Where where, string expected, string found, string remedy) =>
        new(code, Severity.Warning, where, expected, found, remedy);

    public static Diagnostic Note(string code, Where where, string expected, string found, string remedy) =>
        new(code, Severity.Note, where, expected, found, remedy);

    /// <summary>The one-line message a user reads.</summary>
    public string Message
    {
        get
        {
            var place = Where.ToString();
            var head = place.Length == 0 ? "" : place + ": ";
            var remedy = string.IsNullOrEmpty(Remedy) ? "" : "; " + Remedy;
            return $"{head}expected {Expected}, found {Found}{remedy}";
        }
    }

    public override string ToString() => $"{Severity.ToString().ToLowerInvariant()} {Code} {Message}";
}
