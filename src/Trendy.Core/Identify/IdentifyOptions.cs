namespace Trendy.Core.Identify;

/// <summary>
/// Command-line overrides: <c>--model</c> replaces the model name read from the folder (useful when a single file
/// or a renamed tree is converted); <c>--simulation</c> replaces the simulation read from the file name.
/// </summary>
public sealed record IdentifyOptions(string? Model = null, string? Simulation = null)
{
    public static readonly IdentifyOptions None = new();
}
