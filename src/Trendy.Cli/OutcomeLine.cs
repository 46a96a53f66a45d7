using Trendy.Core.Batch;

namespace Trendy.Cli;

/// <summary>One plain line per finished file (for terminals without live display, CI and Slurm logs).</summary>
public static class OutcomeLine
{
    public static string Text(WorkOutcome o)
    {
        var status = o.Status switch
        {
            WorkStatus.Converted => "converted",
            WorkStatus.UpToDate => "up-to-date",
            WorkStatus.Skipped => "skipped",
            _ => "FAILED",
        };
        return $"{status,-10} {o.ItemId}: {(o.Status == WorkStatus.Converted ? o.OutputPath : $"[{o.ReasonCode}] {o.Message}")}";
    }

    public static void Write(WorkOutcome o, TextWriter w) => w.WriteLine(Text(o));
}
