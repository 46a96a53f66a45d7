namespace Trendy.Core.Fixes;

/// <summary>The root of a fixes JSON file: <c>{ "version": 1, "models": { "CLM": { … } } }</c>.</summary>
internal sealed record FixesDocument
{
    /// <summary>Format version; only 1 exists.</summary>
    public int Version { get; init; } = 1;

    public required Dictionary<string, ModelFixes> Models { get; init; }
}
