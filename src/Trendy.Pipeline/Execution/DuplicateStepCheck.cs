using System.Runtime.InteropServices;
using Trendy.Core.Cf.Time;
using Trendy.Core.Diagnostics;
using Trendy.Core.Planning;
using Trendy.Native.Netcdf;

namespace Trendy.Pipeline.Execution;

/// <summary>
/// Settles the duplicated-last-step candidates the plan recorded (<see cref="TimeAxisPlan.DuplicateSteps"/>): each
/// is read with the step before it, one step at a time (memory bounded by two steps), and compared bit for bit as
/// stored. Identical → a warning naming the step (the conversion drops it); different → TIME006, since which copy
/// is right cannot be told (docs/quirks.md, "Duplicated last step").
/// </summary>
public static class DuplicateStepCheck
{
    public static IReadOnlyList<Diagnostic> Run(ConversionPlan plan)
    {
        if (plan.Time.DuplicateSteps.Count == 0) return [];
        var where = new Where(plan.SourcePath, plan.SourceVariable, plan.Time.SourceDimension);
        var time = plan.SourceAxes.First(a => a.Role == AxisRole.Time);
        var count = plan.SourceAxes.Select(a => a.Role == AxisRole.Time ? 1 : a.Length).ToArray();
        var perStep = count.Aggregate(1L, (a, b) => a * b);
        var previous = new double[perStep];
        var current = new double[perStep];
        using var input = NcFile.OpenRead(plan.SourcePath);
        var found = new List<Diagnostic>();
        foreach (var step in plan.Time.DuplicateSteps)
        {
            Read(input, plan, time.Position, count, step - 1, previous);
            Read(input, plan, time.Position, count, step, current);
            var differing = Differing(previous, current);
            if (differing > 0)
            {
                return [Diagnostic.Error(TimeCodes.NotMonotonic, where, $"time step {step} (a repeat of the time of step {step - 1}) with the same values",
                    $"{differing:N0} of {perStep:N0} values differ", "remove the wrong copy of the step from the file before conversion")];
            }

            found.Add(Diagnostic.Warning(TimeCodes.DuplicateDropped, where, "each time step stored once",
                $"time step {step} repeats step {step - 1}, time and values alike", "dropped the copy; nothing is lost"));
        }

        return found;
    }

    private static void Read(NcFile input, ConversionPlan plan, int timePosition, long[] count, int step, double[] destination)
    {
        var start = new long[count.Length];
        start[timePosition] = step;
        try
        {
            input.Read(plan.SourceVariable, start, count, destination);
        }
        catch (NcException e)
        {
            throw CorruptInputException.At(plan.SourcePath, plan.SourceVariable, step, $"libnetcdf cannot read it: {e.Reason}", e);
        }
    }

    /// <summary>Values that differ as stored (NaN equals NaN of the same bits, so missing cells compare equal).</summary>
    private static long Differing(double[] a, double[] b)
    {
        if (MemoryMarshal.AsBytes(a.AsSpan()).SequenceEqual(MemoryMarshal.AsBytes(b.AsSpan()))) return 0;
        long n = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (BitConverter.DoubleToInt64Bits(a[i]) != BitConverter.DoubleToInt64Bits(b[i])) n++;
        }

        return n;
    }
}
