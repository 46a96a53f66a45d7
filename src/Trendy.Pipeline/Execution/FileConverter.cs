using System.Diagnostics;
using Trendy.Core.Planning;
using Trendy.Pipeline.Cleanup;

namespace Trendy.Pipeline.Execution;

/// <summary>
/// Executes a plan on files: streams it from the source file into a temporary name (<see cref="SlabStream"/> over
/// <see cref="NetcdfDatasetSource"/> and <see cref="OutputWriter"/>), reopens the result to verify it, and renames it into place
/// only then. Any failure removes the temporary file (docs/robustness.md: never an output that looks complete).
/// </summary>
public static class FileConverter
{
    public static ExecutionResult Execute(
        ConversionPlan plan,
        string outputRoot,
        ConvertOptions options,
        IReadOnlyList<KeyValuePair<string, string>> extraGlobals,
        IProgress<double>? progress = null,
        CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        var final = Path.Combine(outputRoot, plan.Output.RelativePath);
        var created = MissingFolders(Path.GetDirectoryName(final)!);
        string? temp = null;
        try
        {
            // Inside the try: a full disk can fail the reservation itself, and the folders made for it must go too.
            temp = ReserveTemp(final);
            var steps = SlabLayout.StepsFor(plan, options.MemoryBudgetBytes);
            StreamResult streamed;
            using (var source = NetcdfDatasetSource.Open(plan, steps))
            using (var sink = new OutputWriter(temp, plan, extraGlobals, steps))
            using (var cover = plan.Level?.Weights is { } weights ? new CoverSlabReader(weights, plan.Grid) : null)
            {
                streamed = SlabStream.Run(plan, source, sink, steps, progress, cancel, cover);
            }

            OutputVerifier.Verify(temp, plan, streamed.Valid);
            File.Move(temp, final, overwrite: true);
            return new ExecutionResult(final, streamed.BytesRead, new FileInfo(final).Length, streamed.Valid.Total, plan.Time.Steps,
                clock.Elapsed.TotalSeconds, streamed.PathRules);
        }
        catch
        {
            // A leftover temporary name (deletion refused by the file system) is swept on the next run and is never read as an output.
            if (temp is not null) ToolDeletion.DeleteFile(temp);
            RemoveIfEmpty(created);
            throw;
        }
    }

    /// <summary>
    /// Creates the output folder and an empty temporary file in it at once, so the folder is never empty while
    /// this conversion runs: a failed conversion elsewhere removes only empty folders it made (see
    /// <see cref="RemoveIfEmpty"/>). If one removed the folder between our create and our file, make it again.
    /// The writer later replaces the placeholder (NcFile.Create overwrites).
    /// </summary>
    private static string ReserveTemp(string final)
    {
        for (var attempt = 0; ; attempt++)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(final)!);
            var temp = TempOutput.For(final);
            try
            {
                using (File.Create(temp))
                {
                }

                return temp;
            }
            catch (DirectoryNotFoundException) when (attempt < 3)
            {
                // The folder was removed by a failing conversion of another file in the same folder: retry.
            }
        }
    }

    /// <summary>The folders of <paramref name="folder"/> that do not exist yet, deepest first.</summary>
    private static List<string> MissingFolders(string folder)
    {
        var missing = new List<string>();
        for (var d = Path.GetFullPath(folder); !string.IsNullOrEmpty(d) && !Directory.Exists(d); d = Path.GetDirectoryName(d))
        {
            missing.Add(d);
        }

        return missing;
    }

    /// <summary>
    /// A failed conversion leaves no trace: folders it created for its output are removed again when still
    /// empty, since ILAMB 2.x lists every folder under the model root as a model (docs/contract.md §1.1) and
    /// an empty one would appear as a model without variables. Folders other files went into are kept.
    /// </summary>
    private static void RemoveIfEmpty(List<string> created)
    {
        // A folder another worker just wrote into is no longer empty, and so no longer ours to remove.
        foreach (var d in created) ToolDeletion.DeleteEmptyFolder(d);
    }
}
