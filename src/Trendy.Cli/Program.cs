using Trendy.Cli;
using Trendy.Cli.Parsing;

try
{
    return CliApp.Run(args, Console.Out, Console.Error);
}
catch (Exception e)
{
    // The last resort: whatever escaped the commands is reported in one line, never as a .NET crash trace.
    // Per-file problems never get here (the pipeline turns them into outcomes); this is a defect of the tool.
    Console.Error.WriteLine($"trendy2ilamb: internal error ({e.GetType().Name}): {e.Message.ReplaceLineEndings(" ")}; please report it with the command line");
    return ExitCodes.SomeFailed;
}
