namespace Trendy.Core.Diagnostics;

/// <summary>How bad a data problem is. Errors stop a file; warnings and notes are reported and the file goes on.</summary>
public enum Severity
{
    Note,
    Warning,
    Error,
}
