using System.Diagnostics;
using System.Text.Json;
using Trendy.Core.Batch;
using Trendy.Pipeline.Conversion;

namespace Trendy.Pipeline.Companions;

/// <summary>
/// Runs the companion writing in a child process of the tool (hidden `companions` command): JSON job on stdin,
/// JSON outcomes on stdout. If the child dies or hangs, every folder it had is reported COMPANION_FAILED with
/// the exit status and the end of its stderr, and the run goes on (docs/architecture.md: native crashes end a process,
/// not the run).
/// </summary>
public static class CompanionProcess
{
    public const string Command = "companions";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<(WorkItem Item, WorkOutcome Outcome)> Run(CompanionJob job, ProcessStartInfo child, TimeSpan timeout)
    {
        if (job.Folders.Count == 0) return [];
        child.RedirectStandardInput = child.RedirectStandardOutput = child.RedirectStandardError = true;
        child.UseShellExecute = false;
        using var process = Process.Start(child)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        process.StandardInput.Write(JsonSerializer.Serialize(job, Json));
        process.StandardInput.Close();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            return Failed(job, $"companion process killed after {timeout.TotalSeconds:0} s");
        }

        try
        {
            var outcomes = JsonSerializer.Deserialize<List<WorkOutcome>>(stdout.Result, Json);
            if (process.ExitCode == 0 && outcomes is not null && outcomes.Count == job.Folders.Count)
            {
                return [.. job.Folders.Zip(outcomes, (f, o) => (ModelCompanions.ItemFor(f), o))];
            }
        }
        catch (JsonException)
        {
            // Handled below as a dead child.
        }

        var tail = string.Join(" | ", stderr.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries).TakeLast(3));
        return Failed(job, $"companion process ended with status {process.ExitCode}: {tail}");
    }

    /// <summary>The child side: read the job, write each folder, answer with the outcomes.</summary>
    public static int Serve(TextReader input, TextWriter output)
    {
        var job = JsonSerializer.Deserialize<CompanionJob>(input.ReadToEnd(), Json) ?? new CompanionJob([], []);
        // Companion folders are OUT/SIM/MODEL: the barrier's stack-trace logs go to OUT/reports/errors.
        var outcomes = job.Folders.Select(f => FileBarrier.Run(ModelCompanions.ItemFor(f), Path.GetDirectoryName(Path.GetDirectoryName(f)) ?? f,
            () => ModelCompanions.WriteFolder(f, job.Sources))).ToList();
        output.Write(JsonSerializer.Serialize(outcomes, Json));
        output.Flush();
        return 0;
    }

    private static List<(WorkItem, WorkOutcome)> Failed(CompanionJob job, string why) =>
        [.. job.Folders.Select(f => (ModelCompanions.ItemFor(f), new WorkOutcome(ModelCompanions.ItemFor(f).Id, WorkStatus.Failed, ReasonCodes.CompanionFailed, $"{f}: {why}")))];
}
