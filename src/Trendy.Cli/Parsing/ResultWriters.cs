using System.CommandLine;

namespace Trendy.Cli.Parsing;

/// <summary>The writers a command prints to: the process's stdout/stderr, or a test's.</summary>
public static class ResultWriters
{
    public static TextWriter Out(this ParseResult result) => result.InvocationConfiguration.Output;

    public static TextWriter Err(this ParseResult result) => result.InvocationConfiguration.Error;
}
