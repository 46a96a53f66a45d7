namespace Trendy.Core.Batch;

/// <summary>POSIX shell quoting for generated scripts.</summary>
internal static class ShellQuote
{
    /// <summary>
    /// Single quotes make every byte literal except the quote itself, which is closed, escaped and reopened:
    /// the only quoting with no exceptions for $, `, \, !, spaces or globs.
    /// </summary>
    internal static string Quote(string value) => "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    /// <summary>A path argument: quoted, and "./"-prefixed if relative and dash-led so no parser takes it for an option.</summary>
    internal static string QuotePath(string path) => Quote(path.StartsWith('-') ? "./" + path : path);
}
