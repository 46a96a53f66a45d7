namespace Trendy.Core;

/// <summary>
/// Base of every fault the tool raises (native library errors, I/O faults, bugs). Data problems are not
/// exceptions: they are <see cref="Diagnostics.Diagnostic"/> values (docs/architecture.md, Habits).
/// </summary>
public class TrendyException : Exception
{
    public TrendyException(string message) : base(message) { }

    public TrendyException(string message, Exception? inner) : base(message, inner) { }
}
