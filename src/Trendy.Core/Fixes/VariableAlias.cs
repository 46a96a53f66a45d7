namespace Trendy.Core.Fixes;

/// <summary>A model's own spelling of a TRENDY variable token (CARDAMOM <c>tas_max</c> → <c>tasmax</c>).</summary>
public sealed record VariableAlias
{
    public required string From { get; init; }

    public required string To { get; init; }

    /// <summary>What was seen, where: model, release, source document.</summary>
    public required string Seen { get; init; }
}
