namespace Trendy.Pipeline.Execution;

/// <summary>What one successful conversion produced; <paramref name="WriteRule"/> names the write path that ran (see WritePath).</summary>
public sealed record ExecutionResult(string OutputPath, long BytesRead, long BytesWritten, long ValidCells, int Steps, double Seconds, string WriteRule = "");
