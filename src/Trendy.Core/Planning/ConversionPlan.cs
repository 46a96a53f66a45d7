using Trendy.Core.Diagnostics;
using Trendy.Core.Fixes;

namespace Trendy.Core.Planning;

/// <summary>
/// Everything the executor needs to convert one file, decided from the header alone (docs/architecture.md: Plan is a
/// pure function). Serialisable: `trendy2ilamb plan FILE --json` prints it.
/// </summary>
public sealed record ConversionPlan(
    string SourcePath,
    SourceFingerprint Fingerprint,
    string Model,
    string Simulation,
    string TrendyVariable,
    string SourceVariable,
    IReadOnlyList<SourceAxis> SourceAxes,
    HorizontalGrid Grid,
    TimeAxisPlan Time,
    LevelAxis? Level,
    ValuePlan Values,
    OutputSpec Output,
    IReadOnlyList<string> Rules,
    IReadOnlyList<FiredFix> Fixes,
    IReadOnlyList<Diagnostic> Diagnostics);
