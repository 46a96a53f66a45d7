namespace Trendy.Core.Planning;

/// <summary>
/// Where the cover fractions of a cover-weighted PFT mean come from: the model's landCoverFrac variable of the same
/// simulation (<paramref name="Path"/>, <paramref name="Variable"/>) on the same grid and PFT axis, its axes in
/// stored order, how many data steps share one cover step (1: same steps, 12: annual cover for monthly data, 0:
/// static cover), and the factor to fractions of the grid cell (0.01 for %).
/// </summary>
public sealed record CoverWeights(
    string Path,
    string Variable,
    IReadOnlyList<SourceAxis> Axes,
    int DataStepsPerCoverStep,
    double Scale,
    double[] FillValues,
    string Rule);
