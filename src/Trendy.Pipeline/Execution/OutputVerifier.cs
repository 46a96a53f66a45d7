using Trendy.Core.Contract;
using Trendy.Core.Planning;
using Trendy.Native.Netcdf;
using Trendy.Pipeline.Verification;

namespace Trendy.Pipeline.Execution;

/// <summary>
/// Reopens a written output through libnetcdf and holds it to the one ILAMB contract (<see cref="IlambContract"/>,
/// docs/contract.md Part 3) and to what the plan promised: dimensions, units, number of steps and the valid cells
/// the executor counted in the first and last step.
/// </summary>
internal static class OutputVerifier
{
    public static void Verify(string path, ConversionPlan plan, ValidCounts valid)
    {
        using var f = NcFile.OpenRead(path);
        var h = f.ReadHeader();
        var promise = new WriterPromise(plan.Output.VariableId, Dimensions(plan), plan.Values.TargetUnits, plan.Time.Steps,
            new Dictionary<long, long> { [0] = valid.FirstStep, [plan.Time.Steps - 1] = valid.LastStep });
        var findings = IlambContract.CheckData(h, StepReader.Samples(f, h, plan.Output.VariableId), promise);
        if (findings.Count > 0) throw new VerificationException(path, [.. findings.Select(d => $"{d.Code} {d.Message}")]);
    }

    private static string[] Dimensions(ConversionPlan plan) =>
        plan.Level is { Reduce: false } l ? ["time", OutputWriter.LevelName(l.Role), "lat", "lon"] : ["time", "lat", "lon"];
}
