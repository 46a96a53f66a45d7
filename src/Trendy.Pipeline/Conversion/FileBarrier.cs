using System.Globalization;
using Trendy.Core.Batch;
using Trendy.Core.Planning;
using Trendy.Pipeline.Reporting;

namespace Trendy.Pipeline.Conversion;

/// <summary>
/// The last-resort barrier around one file (or one companion folder) in every mode: an exception nobody expected —
/// a bug, not a data problem, which the stages turn into outcomes themselves — fails that file with
/// <see cref="ReasonCodes.InternalError"/>, its type and message in the report and its stack trace in
/// `OUT/reports/errors/`, and the run goes on. Temporary outputs are removed by the stages' own cleanup as the
/// exception passes (docs/codes.md, INTERNAL_ERROR).
/// </summary>
public static class FileBarrier
{
    public const string ErrorsFolder = "errors";

    public static WorkOutcome Run(WorkItem item, string outputRoot, Func<WorkOutcome> work, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(work);
        try
        {
            return work();
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            return WorkOutcome.Failure(item, ReasonCodes.Interrupted, $"{item.InputPath}: interrupted; no output written", 1);
        }
        catch (Exception e)
        {
            var log = TryLog(item, outputRoot, e);
            var where = log is null ? "the stack trace could not be saved" : $"stack trace in {log}";
            return WorkOutcome.Failure(item, ReasonCodes.InternalError,
                $"{item.InputPath}: internal error {e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}; nothing kept; {where}; please report it", 1);
        }
    }

    /// <summary>Writes `OUT/reports/errors/{time}-{file}-{pid}.log`; null when even that fails (the outcome still says why).</summary>
    private static string? TryLog(WorkItem item, string outputRoot, Exception e)
    {
        try
        {
            var folder = Path.Combine(outputRoot, ReportStore.FolderName, ErrorsFolder);
            Directory.CreateDirectory(folder);
            var stamp = DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
            var unique = Guid.NewGuid().ToString("N")[..8];
            var path = Path.Combine(folder, $"{stamp}-{OutputNaming.Safe(Path.GetFileName(item.InputPath))}-{unique}.log");
            File.WriteAllText(path, $"item: {item.Id}\ninput: {item.InputPath}\n{e}\n");
            return path;
        }
        catch (Exception io) when (io is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
