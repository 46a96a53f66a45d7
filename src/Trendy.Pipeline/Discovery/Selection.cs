namespace Trendy.Pipeline.Discovery;

/// <summary>Which models, simulations and variables a run covers (`--models`, `--simulations`, `--variables`, `--all`).</summary>
public sealed record Selection(IReadOnlyList<string> Models, IReadOnlyList<string> Simulations, IReadOnlyList<string> Variables, bool All)
{
    public static readonly Selection Default = new([], [], [], false);

    public bool TakesModel(string? dir, string model) =>
        Models.Count == 0 || Models.Any(m => string.Equals(m, model, StringComparison.OrdinalIgnoreCase) || string.Equals(m, dir, StringComparison.OrdinalIgnoreCase));

    public bool TakesSimulation(string? simulation) =>
        Simulations.Count == 0 || Simulations.Any(s => string.Equals(s, simulation, StringComparison.OrdinalIgnoreCase));

    public bool TakesVariable(string trendyName, string variableId) =>
        Variables.Count == 0 || Variables.Any(v => string.Equals(v, trendyName, StringComparison.OrdinalIgnoreCase) || string.Equals(v, variableId, StringComparison.OrdinalIgnoreCase));
}
