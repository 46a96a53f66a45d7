using Trendy.Core.Identify;

namespace Trendy.Core.Companions;

/// <summary>A land-fraction or area file of a model, as discovery identified it and a companion work item carries it to a worker.</summary>
public sealed record CompanionSourceFile(string Path, string RelativePath, string Model, string? Simulation, string Variable, CompanionKind Kind, bool IsArchive)
{
    public static CompanionSourceFile From(string path, FileIdentity identity) =>
        new(path, identity.RelativePath, identity.Model, identity.Simulation, identity.VariableToken ?? "", identity.Companion, identity.Archive != ArchiveKind.None);
}
