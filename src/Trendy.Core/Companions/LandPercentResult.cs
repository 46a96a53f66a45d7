namespace Trendy.Core.Companions;

/// <summary>sftlf values in % (row-major on the output grid) and the rule that made them, for reports and the file's comment.</summary>
public sealed record LandPercentResult(double[] Percent, string Rule, int MissingCells, int ClippedCells);
