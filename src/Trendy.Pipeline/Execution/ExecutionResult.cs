namespace Trendy.Pipeline.Execution;

/// <summary>What one successful conversion produced; <paramref name="PathRules"/> name the read and write paths that ran (the plan's IoPlan, plus the pass-through count).</summary>
public sealed record ExecutionResult(string OutputPath, long BytesRead, long BytesWritten, long ValidCells, int Steps, double Seconds,
    IReadOnlyList<string>? PathRules = null);
