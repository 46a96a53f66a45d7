namespace Trendy.Native.Netcdf;

/// <summary>
/// Checks done before nc_open, because libnetcdf either reports them as a bare "No such file" or, for a
/// named pipe, blocks forever (docs/robustness.md: directories, FIFOs, dangling links named .nc).
/// </summary>
internal static class FileChecks
{
    public static void EnsureReadableRegularFile(string path)
    {
        if (Directory.Exists(path)) throw Fail(path, "is a directory, not a NetCDF file");
        var info = new FileInfo(path);
        if (info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { Exists: false })
        {
            throw Fail(path, $"is a dangling symbolic link (to '{info.LinkTarget}')");
        }

        if (!info.Exists) throw Fail(path, "does not exist");
        // FIFOs and character devices report length 0 here, so the empty-file check also keeps nc_open
        // from blocking on a named pipe.
        if (info.Length == 0) throw Fail(path, "is empty (0 bytes) or not a regular file");
        if (info.Length < 4) throw Fail(path, $"is {info.Length} bytes long, too short to be NetCDF (needs a 4-byte magic number)");
    }

    private static NcException Fail(string path, string reason) => new("open", 0, reason, path, null);
}
