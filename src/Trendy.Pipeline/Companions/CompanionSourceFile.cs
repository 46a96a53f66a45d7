using Trendy.Core.Identify;
using Trendy.Pipeline.Discovery;

namespace Trendy.Pipeline.Companions;

/// <summary>A land-fraction or area file of a model, as handed to the companion child process (JSON).</summary>
public sealed record CompanionSourceFile(string Path, string RelativePath, string Model, string? Simulation, string Variable, CompanionKind Kind, bool IsArchive)
{
    public static CompanionSourceFile From(DiscoveredFile f) =>
        new(f.Path, f.RelativePath, f.Identity.Model, f.Identity.Simulation, f.Identity.VariableToken ?? "", f.Identity.Companion, f.Identity.Archive != ArchiveKind.None);
}
