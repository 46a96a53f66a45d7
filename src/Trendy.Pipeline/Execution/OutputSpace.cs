namespace Trendy.Pipeline.Execution;

/// <summary>
/// Tells a full output disk apart from other write failures. HDF5 reports a failed write as a bare
/// "HDF5 error", so after any write failure the free space of the file system holding the output is checked
/// (robustness.md: a full disk must give a clear "no space left" diagnostic).
/// </summary>
public static class OutputSpace
{
    /// <summary>Below this, a failed write is blamed on the disk being full.</summary>
    public const long NearlyFullBytes = 4L * 1024 * 1024;

    /// <summary>Free bytes on the file system holding <paramref name="path"/>, or null when it cannot be told.</summary>
    public static long? FreeBytes(string path)
    {
        try
        {
            var full = Path.GetFullPath(path);
            var drive = DriveInfo.GetDrives()
                .Where(d => d.IsReady && full.StartsWith(d.RootDirectory.FullName, StringComparison.Ordinal))
                .MaxBy(d => d.RootDirectory.FullName.Length);
            return drive?.AvailableFreeSpace;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public static bool LooksFull(string path, Exception failure) =>
        failure.Message.Contains("space", StringComparison.OrdinalIgnoreCase) || FreeBytes(path) is < NearlyFullBytes;
}
