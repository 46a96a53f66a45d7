namespace Trendy.Pipeline.Synthesis;

/// <summary>One NetCDF file to write: which model/variable/simulation, its steps (empty for a static field) and time axis.</summary>
internal sealed record SynthFileRequest(
    string Path,
    ModelRecipe Model,
    VariableRecipe Variable,
    string? Simulation,
    IReadOnlyList<SynthStep> Steps,
    TimeEncoding? Time,
    SynthGrid Grid,
    double ModelScale,
    ulong NoiseStream)
{
    public bool IsStatic => Time is null;

    public int LayerCount => SyntheticField.LayerCount(Variable.Layers);

    public string? LayerDimension => Variable.Layers switch
    {
        LayerKind.SoilLayers => "soil",
        LayerKind.DepthMetres => "depth",
        LayerKind.Pft => "pft",
        _ => null,
    };
}
