using Trendy.Native.Netcdf;

namespace Trendy.Pipeline.Synthesis;

/// <summary>
/// One model of the synthetic release, as data: directory and file prefix, format, grid, fill, the two
/// time axes (monthly fluxes, annual pools), the variables and the oddities. <see cref="Seen"/> says which
/// real model/release each choice imitates.
/// </summary>
public sealed record ModelRecipe(
    string Directory,
    string Prefix,
    NcCreateFormat Format,
    GridStyle Grid,
    FillStyle Fill,
    TimeEncoding MonthlyTime,
    TimeEncoding AnnualTime,
    IReadOnlyList<VariableRecipe> Variables,
    IReadOnlyList<Oddity> Oddities,
    string Seen)
{
    public static readonly IReadOnlyList<string> AllSimulations = ["S0", "S1", "S2", "S3"];

    public IReadOnlyList<string> Simulations { get; init; } = AllSimulations;

    /// <summary>First year of the span when the model's own span differs (CARDAMOM starts in 2003).</summary>
    public int? FirstYear { get; init; }

    public bool Has(OddityKind kind) => Oddities.Any(o => o.Kind == kind);

    public Oddity? Find(OddityKind kind, string variable, string simulation) =>
        Oddities.FirstOrDefault(o => o.Kind == kind && o.Variable == variable && o.Simulation == simulation);
}
