namespace Trendy.Core.Batch;

/// <summary>
/// Which program a Slurm script should call when the user names none: the one that is running, as the compute
/// nodes will see it. Pure: the caller gathers the facts about the running process.
/// </summary>
public static class SlurmExecutable
{
    /// <summary>The executable's file name (the apphost, the single-file executable, the installed /usr/bin entry).</summary>
    public const string Name = "trendy2ilamb";

    /// <summary>
    /// Chooses the executable and says what it is.
    /// </summary>
    /// <param name="processPath">The running process's executable, or null when unknown.</param>
    /// <param name="apphostBesideEntry">The apphost next to the entry assembly when one exists (framework-dependent builds have one).</param>
    /// <param name="entryDllBesideExecutable">
    /// True when the entry assembly is a separate .dll next to <paramref name="processPath"/>; a single-file
    /// self-contained executable carries it inside, so none is there.
    /// </param>
    public static (string Path, ExecutableOrigin Origin) Choose(string? processPath, string? apphostBesideEntry, bool entryDllBesideExecutable)
    {
        if (processPath is null) return (apphostBesideEntry ?? Name, apphostBesideEntry is null ? ExecutableOrigin.Given : ExecutableOrigin.FrameworkDependent);

        // Started as `dotnet trendy2ilamb.dll`: the host is not the tool, its apphost is.
        if (IsDotnetHost(processPath))
        {
            return apphostBesideEntry is null ? (Name, ExecutableOrigin.Given) : (apphostBesideEntry, ExecutableOrigin.FrameworkDependent);
        }

        return (processPath, entryDllBesideExecutable ? ExecutableOrigin.FrameworkDependent : ExecutableOrigin.SelfContained);
    }

    private static bool IsDotnetHost(string path) =>
        System.IO.Path.GetFileNameWithoutExtension(path).Equals("dotnet", StringComparison.Ordinal);
}
