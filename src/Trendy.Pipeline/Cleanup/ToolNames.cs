using System.Text.RegularExpressions;

namespace Trendy.Pipeline.Cleanup;

/// <summary>
/// Every name the tool gives to a file or folder that it may later remove, each matched exactly: a marker, and
/// where the name can outlive its process, the host and process id that made it plus a random part. Nothing
/// else is ever deleted (docs/cleanup.md): a user's file that merely resembles one of these names (say
/// `notes.tmp`) does not match.
/// </summary>
public static partial class ToolNames
{
    /// <summary>Marker of a temporary output: `.NAME.tmp-HOST-PID-RAND8` in the output's own folder (see Execution.TempOutput).</summary>
    public const string TempOutputMarker = ".tmp-";

    /// <summary>Prefix of a private staging folder: `trendy2ilamb-staging-HOST-PID-RAND8`.</summary>
    public const string StagingFolderPrefix = "trendy2ilamb-staging-";

    public static string NewRandom() => Guid.NewGuid().ToString("N")[..8];

    /// <summary>`.NAME.tmp-HOST-PID-RAND8`: a data or companion output being written.</summary>
    public static string TempOutput(string finalName) => $".{finalName}{TempOutputMarker}{Environment.MachineName}-{Environment.ProcessId}-{NewRandom()}";

    /// <summary>`staged-PID-GUID32.nc`: an unpacked `.gz`/`.tar` input inside a private staging folder.</summary>
    public static string StagedInput() => $"staged-{Environment.ProcessId}-{Guid.NewGuid():N}.nc";

    /// <summary>`.NAME.PID.GUID32.tmp`: a report or catalogue being written (Reporting.AtomicFile).</summary>
    public static string TempText(string finalName) => $".{finalName}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";

    /// <summary>`.write-probe-PID-RAND8`: the empty file that proves a folder is writable.</summary>
    public static string WriteProbe() => $".write-probe-{Environment.ProcessId}-{NewRandom()}";

    public static string StagingFolder() => $"{StagingFolderPrefix}{Environment.MachineName}-{Environment.ProcessId}-{NewRandom()}";

    /// <summary>True when <paramref name="fileName"/> is exactly one of the file names above.</summary>
    public static bool IsToolMadeFile(string fileName) =>
        TempOutputPattern().IsMatch(fileName) || StagedInputPattern().IsMatch(fileName) || TempTextPattern().IsMatch(fileName) || WriteProbePattern().IsMatch(fileName);

    public static bool IsTempOutput(string fileName) => TempOutputPattern().IsMatch(fileName);

    public static bool IsStagedInput(string fileName) => StagedInputPattern().IsMatch(fileName);

    /// <summary>Host and process id of a temporary output or staging folder name, or null when the name is not one.</summary>
    public static (string Host, int Pid)? Owner(string name)
    {
        var m = TempOutputPattern().Match(name);
        if (!m.Success) m = StagingFolderPattern().Match(name);
        return m.Success && int.TryParse(m.Groups["pid"].Value, out var pid) ? (m.Groups["host"].Value, pid) : null;
    }

    public static bool IsStagingFolder(string folderName) => StagingFolderPattern().IsMatch(folderName);

    [GeneratedRegex(@"^\..+\.tmp-(?<host>.+)-(?<pid>[0-9]+)-[0-9a-f]{8}$")]
    private static partial Regex TempOutputPattern();

    [GeneratedRegex(@"^staged-[0-9]+-[0-9a-f]{32}\.nc$")]
    private static partial Regex StagedInputPattern();

    [GeneratedRegex(@"^\..+\.[0-9]+\.[0-9a-f]{32}\.tmp$")]
    private static partial Regex TempTextPattern();

    [GeneratedRegex(@"^\.write-probe-[0-9]+-[0-9a-f]{8}$")]
    private static partial Regex WriteProbePattern();

    [GeneratedRegex(@"^trendy2ilamb-staging-(?<host>.+)-(?<pid>[0-9]+)-[0-9a-f]{8}$")]
    private static partial Regex StagingFolderPattern();
}
