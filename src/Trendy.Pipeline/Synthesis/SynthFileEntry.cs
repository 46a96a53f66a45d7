namespace Trendy.Pipeline.Synthesis;

/// <summary>
/// One file of the synthetic release: where it is (relative to the root, '/'-separated), which model,
/// simulation and TRENDY variable it stands for (null for non-data files), the quirk families it exercises
/// (<see cref="SynthQuirk"/>), what a correct converter does with it, and its size. <see cref="Note"/>
/// refines the expectation where one word is not enough (a land-fraction source feeds sftlf/areacella).
/// </summary>
public sealed record SynthFileEntry(
    string Path,
    string Model,
    string? Simulation,
    string? Variable,
    IReadOnlyList<string> Quirks,
    SynthExpectation Expected,
    long Bytes,
    string? Note = null);
