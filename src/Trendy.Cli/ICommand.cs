namespace Trendy.Cli;

/// <summary>One sub-command of the tool.</summary>
public interface ICommand
{
    string Name { get; }

    /// <summary>One line for the help listing.</summary>
    string Summary { get; }

    /// <summary>Hidden commands (the worker mode) are not listed in help.</summary>
    bool Hidden => false;

    int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr);
}
