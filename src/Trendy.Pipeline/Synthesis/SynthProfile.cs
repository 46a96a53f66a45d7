namespace Trendy.Pipeline.Synthesis;

/// <summary>How big a synthetic release is: models, grid spacing, years (monthly fluxes and annual pools share the span).</summary>
public sealed record SynthProfile(string Name, double GridDegrees, int FirstYear, int LastYear, IReadOnlyList<ModelRecipe> Models)
{
    /// <summary>For tests and `make demo`: 10° grid, 1978–1983 (72 months, 6 years); a few MB written in seconds.</summary>
    public static SynthProfile Tiny { get; } = new("tiny", 10, 1978, 1983, ModelCatalog.Core);

    /// <summary>More models on a 5° grid over 1979–1988: about 75 MB written in well under a minute; covers the 1980 start of ILAMB's default windows.</summary>
    public static SynthProfile Small { get; } = new("small", 5, 1979, 1988, ModelCatalog.Extended);

    public static IReadOnlyList<SynthProfile> All { get; } = [Tiny, Small];

    public static SynthProfile? FromName(string name) =>
        All.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
}
