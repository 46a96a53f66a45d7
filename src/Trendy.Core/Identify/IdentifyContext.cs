using Trendy.Core.Diagnostics;
using Trendy.Core.Targets;

namespace Trendy.Core.Identify;

/// <summary>Mutable scratch state of one <see cref="FileIdentifier.Identify"/> call; turned into a <see cref="FileIdentity"/> once.</summary>
internal sealed class IdentifyContext(string path, string? modelDirectory, IdentifyOptions options)
{
    public string Path { get; } = path;
    public string? ModelDirectory { get; } = modelDirectory;
    public IdentifyOptions Options { get; } = options;
    public Where Where => new(Path);
    public string Model { get; set; } = options.Model ?? modelDirectory ?? "unknown";
    public string? NonSimFolder { get; set; }
    public string? FolderSimulation { get; set; }
    public string? FolderName { get; set; }
    public string? Revision { get; set; }
    public string? Simulation { get; set; }
    public ArchiveKind Archive { get; set; }
    public ParsedName? Parsed { get; set; }
    public TargetSpec? Target { get; set; }
    public CompanionKind Companion { get; set; }
    public List<NameRule> Rules { get; } = [];
    public List<Diagnostic> Diagnostics { get; } = [];

    public FileIdentity Finish(FileDisposition disposition, string? reason) => new(
        RelativePath: Path,
        ModelDirectory: ModelDirectory,
        Model: Model,
        Prefix: Parsed?.Prefix,
        Simulation: Simulation,
        FolderSimulation: FolderSimulation,
        Revision: Revision,
        NonSimulationFolder: NonSimFolder,
        VariableToken: Parsed?.Token,
        Target: Target,
        Companion: Companion,
        Archive: Archive,
        PftIndex: Parsed?.PftIndex,
        FrequencyHint: Parsed?.FrequencyHint,
        Qualifier: Parsed?.Qualifier,
        Disposition: disposition,
        Reason: reason,
        Rules: [.. Rules],
        Diagnostics: [.. Diagnostics])
    {
        Period = Parsed?.Period,
    };
}
