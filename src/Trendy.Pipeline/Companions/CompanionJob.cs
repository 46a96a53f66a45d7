namespace Trendy.Pipeline.Companions;

/// <summary>What the companion child process is asked to do: these folders, from these source files.</summary>
public sealed record CompanionJob(IReadOnlyList<string> Folders, IReadOnlyList<CompanionSourceFile> Sources);
