namespace Trendy.Pipeline.Execution;

/// <summary>What one successful conversion produced.</summary>
public sealed record ExecutionResult(string OutputPath, long BytesRead, long BytesWritten, long ValidCells, int Steps, double Seconds);
