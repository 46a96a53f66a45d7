using Trendy.Core.Planning;
using Trendy.Pipeline.Reporting;

namespace Trendy.Pipeline.Verification;

/// <summary>
/// Where the outputs of a conversion sit: <c>OUT/{simulation}/{model}/*.nc</c> (ILAMB 2.x model roots, docs/contract.md
/// Part 3 item 5) and <c>OUT/pft/…</c> (products ILAMB does not read). Names starting with '.' are temporary files of
/// writers still at work; only names ending exactly in ".nc" are outputs (§1.1).
/// </summary>
public static class OutputTree
{
    /// <summary>Every model folder <c>OUT/{simulation}/{model}</c>, in a stable order.</summary>
    public static IEnumerable<string> ModelFolders(string root) =>
        Directory.EnumerateDirectories(root)
            .Where(d => Path.GetFileName(d) != OutputNaming.ArchiveFolder && Path.GetFileName(d) != ReportStore.FolderName && !Path.GetFileName(d).StartsWith('.'))
            .SelectMany(Directory.EnumerateDirectories)
            .Where(d => !Path.GetFileName(d).StartsWith('.'))
            .Order(StringComparer.Ordinal);

    /// <summary>The outputs of one model folder, in a stable order.</summary>
    public static IEnumerable<string> Files(string modelDir) =>
        Directory.EnumerateFiles(modelDir, "*.nc").Where(f => f.EndsWith(".nc", StringComparison.Ordinal) && !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal);

    /// <summary>Every output under <c>OUT/pft</c> (OutputNaming.ArchiveFolder), in a stable order.</summary>
    public static IEnumerable<string> ArchiveFiles(string root)
    {
        var archive = Path.Combine(root, OutputNaming.ArchiveFolder);
        return Directory.Exists(archive)
            ? Directory.EnumerateFiles(archive, "*.nc", SearchOption.AllDirectories).Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal)
            : [];
    }
}
