using System.Diagnostics;
using Trendy.Core.Inventory;
using Trendy.Core.Planning;
using Trendy.Native.Netcdf;
using Trendy.Pipeline.Cleanup;

namespace Trendy.Pipeline.Execution;

/// <summary>
/// Executes a plan: streams slabs of whole time steps through one reused buffer (memory bounded by the slab,
/// never by the file), writes to a temporary name, reopens the result to verify it, and renames it into place
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
            var (valid, bytesRead, pathRules) = Stream(plan, temp, options, extraGlobals, progress, cancel);
            OutputVerifier.Verify(temp, plan, valid);
            File.Move(temp, final, overwrite: true);
            return new ExecutionResult(final, bytesRead, new FileInfo(final).Length, valid.Total, plan.Time.Steps, clock.Elapsed.TotalSeconds, pathRules);
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

    private static (ValidCounts Valid, long BytesRead, string[] PathRules) Stream(ConversionPlan plan, string temp, ConvertOptions options,
        IReadOnlyList<KeyValuePair<string, string>> extraGlobals, IProgress<double>? progress, CancellationToken cancel)
    {
        var steps = SlabLayout.StepsFor(plan, options.MemoryBudgetBytes);
        var layout = new SlabLayout(plan, steps);
        var transformer = new ValueTransformer(plan.Values, plan.Time, layout);
        var source = new double[layout.SourceElementsPerSlab];
        var valid = new ValidCounts(plan.Time.Steps);
        long bytesRead = 0;
        using var input = NcFile.OpenRead(plan.SourcePath);
        var (directRead, shuffled, isFloat) = ReadPath.Decide(input, plan);
        using var chunks = directRead
            ? new ChunkSlabReader(input, plan.SourceVariable, shuffled, isFloat, plan.SourceAxes.Count,
                layout.SourceElementsPerSlab / steps, steps, CodecChoice.Codec)
            : null;
        using var classic = chunks is null ? Netcdf3SlabReader.Open(input, plan) : null;
        using var writer = new OutputWriter(temp, plan, options, extraGlobals, steps);
        var passThrough = PassThroughChunks.For(plan, chunks, isFloat, writer.WritesDirect, layout);
        var asDouble = writer.DataType == NcType.Double;
        var outD = asDouble ? new double[layout.OutputElementsPerStep * steps] : [];
        var outF = asDouble ? [] : new float[layout.OutputElementsPerStep * steps];
        var timeAxis = plan.SourceAxes.First(a => a.Role == AxisRole.Time);
        var elementBytes = ElementBytes(plan);
        for (var first = 0; first < plan.Time.Steps; first += steps)
        {
            cancel.ThrowIfCancellationRequested();
            var n = Math.Min(steps, plan.Time.Steps - first);
            var start = new long[plan.SourceAxes.Count];
            var count = (long[])layout.SourceCount.Clone();
            start[timeAxis.Position] = first;
            count[timeAxis.Position] = n;
            var slabElements = count.Aggregate(1L, (a, b) => a * b);
            var src = source.AsSpan(0, (int)slabElements);
            if (chunks is not null) chunks.Read(first, n, source);
            else if (classic is not null) classic.Read(first, n, source);
            else ReadPlain(input, plan.SourceVariable, start, count, src, first, n);
            bytesRead += slabElements * elementBytes;
            var slabLayout = n == steps ? layout : new SlabLayout(plan, n);
            var t = n == steps ? transformer : new ValueTransformer(plan.Values, plan.Time, slabLayout);
            if (asDouble)
            {
                valid.Add(first, n, t.Transform<double, DoubleStore>(source, outD, first, n), layout.OutputElementsPerStep, outD);
                writer.WriteSlab(first, n, outD, passThrough?.Select(source, outD, n));
            }
            else
            {
                valid.Add(first, n, t.Transform<float, FloatStore>(source, outF, first, n), layout.OutputElementsPerStep, outF);
                writer.WriteSlab(first, n, outF, passThrough?.Select(source, outF, n));
            }

            Conversion.TestFault.At(Conversion.TestFault.Write, plan.SourcePath);
            progress?.Report((double)(first + n) / plan.Time.Steps);
        }

        writer.Complete();
        string[] rules = [chunks is not null ? ReadPath.DirectRule(chunks.Codec) : classic is not null ? Netcdf3SlabReader.Rule : ReadPath.PlainRule, writer.PathRule];
        return (valid, bytesRead, passThrough is null ? rules : [.. rules, passThrough.Rule(plan.Time.Steps)]);
    }

    /// <summary>A libnetcdf read error on the source is damaged data (a chunk HDF5 cannot undo), named by its time steps.</summary>
    private static void ReadPlain(NcFile input, string variable, long[] start, long[] count, Span<double> destination, int first, int n)
    {
        try
        {
            input.Read(variable, start, count, destination);
        }
        catch (NcException e)
        {
            var steps = n == 1 ? $"{first}" : $"{first}–{first + n - 1}";
            throw new CorruptInputException($"{input.Path} › {variable} › time steps {steps}: corrupt data (libnetcdf cannot read them: {e.Reason}); {CorruptInputException.Remedy}", e);
        }
    }

    private static int ElementBytes(ConversionPlan plan) => plan.Output.DataType == NcType.Double ? 8 : 4;
}
