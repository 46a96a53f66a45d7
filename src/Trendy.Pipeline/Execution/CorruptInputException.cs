using Trendy.Core;

namespace Trendy.Pipeline.Execution;

/// <summary>
/// The source's data could not be decoded (a chunk that does not inflate, inflates to the wrong size, or that
/// HDF5 itself cannot read): the file fails as INPUT_UNREADABLE naming the variable and the time step, and
/// nothing is written (docs/codes.md).
/// </summary>
public sealed class CorruptInputException(string message, Exception? inner = null) : TrendyException(message, inner)
{
    public const string Remedy = "download the file again or ask the modelling team to re-export it";

    /// <summary>One line: file › variable › time step: what is wrong; remedy.</summary>
    public static CorruptInputException At(string file, string variable, int step, string problem, Exception? inner = null) =>
        new($"{file} › {variable} › time step {step}: corrupt data ({problem}); {Remedy}", inner);
}
