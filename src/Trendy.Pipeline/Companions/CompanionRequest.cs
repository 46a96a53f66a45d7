using Trendy.Core.Planning;

namespace Trendy.Pipeline.Companions;

/// <summary>
/// One model folder of converted outputs (<c>OUT/{simulation}/{model}</c>, OutputNaming) and the candidate
/// land-fraction sources for it, tried in order until one is usable.
/// </summary>
public sealed record CompanionRequest(string ModelFolder, string Model, string Simulation, IReadOnlyList<CompanionSource> Sources)
{
    public OutputFormat Format { get; init; } = OutputFormat.NetCdf4;

    /// <summary>Model and simulation from the folder layout <c>OUT/{simulation}/{model}</c>.</summary>
    public static CompanionRequest ForFolder(string modelFolder, IReadOnlyList<CompanionSource> sources)
    {
        var full = Path.GetFullPath(modelFolder).TrimEnd(Path.DirectorySeparatorChar);
        var model = Path.GetFileName(full);
        var simulation = Path.GetFileName(Path.GetDirectoryName(full) ?? "");
        return new CompanionRequest(modelFolder, model, simulation, sources);
    }
}
