namespace Trendy.Pipeline.Cleanup;

/// <summary>What became of one request to remove a path (<see cref="ToolDeletion"/>).</summary>
public enum Removal
{
    /// <summary>It was ours and it is gone.</summary>
    Removed,

    /// <summary>There was nothing of that name (already removed, or never made).</summary>
    Absent,

    /// <summary>Refused: not a name the tool makes, a symbolic link, or (for a folder) not empty.</summary>
    NotOurs,

    /// <summary>The file system refused (busy, permissions); a later run's sweep tries again.</summary>
    Failed,
}
