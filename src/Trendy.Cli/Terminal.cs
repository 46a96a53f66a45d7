using Spectre.Console;

namespace Trendy.Cli;

/// <summary>
/// Spectre.Console consoles for the tool's writers: the real terminal (colours, width, live redraw) when the writer
/// is the process's own stdout on a terminal, otherwise plain text of a fixed width for files, pipes and tests.
/// </summary>
public static class Terminal
{
    /// <summary>Width of tables written to a file or a pipe: what a log viewer or a pager shows without wrapping.</summary>
    public const int PlainWidth = 100;

    public static bool IsInteractive(TextWriter writer) => ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected;

    public static IAnsiConsole For(TextWriter writer) => IsInteractive(writer) ? AnsiConsole.Console : Plain(writer, PlainWidth);

    public static IAnsiConsole Plain(TextWriter writer, int width)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = width;
        return console;
    }
}
