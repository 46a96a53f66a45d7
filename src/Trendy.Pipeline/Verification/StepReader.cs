using Trendy.Core.Contract;
using Trendy.Core.Inventory;
using Trendy.Native.Netcdf;

namespace Trendy.Pipeline.Verification;

/// <summary>Reads whole time steps of an output's data variable (time first, docs/contract.md Part 3 item 2) for the contract and value checks.</summary>
public static class StepReader
{
    /// <summary>The values of one step; null when the variable has no time axis first or a step is beyond memory reason (over 50 million cells).</summary>
    public static double[]? Read(NcFile file, VariableInfo v, long step)
    {
        if (v.Rank < 3 || v.Dimensions[0] != "time" || step >= v.Shape[0]) return null;
        var perStep = v.ElementCount / Math.Max(v.Shape[0], 1);
        if (perStep > 50_000_000) return null;
        var buffer = new double[perStep];
        var start = new long[v.Rank];
        start[0] = step;
        var count = v.Shape.ToArray();
        count[0] = 1;
        file.Read(v.Name, start, count, buffer.AsSpan());
        return buffer;
    }

    /// <summary>The contract's sampled steps (<see cref="IlambContract.SampleSteps"/>) of <paramref name="variable"/>; none when it is absent or static.</summary>
    public static IReadOnlyList<ContractSample> Samples(NcFile file, DatasetHeader h, string? variable)
    {
        if (variable is null || h.Variable(variable) is not { } v || v.Rank < 3) return [];
        return [.. IlambContract.SampleSteps(v.Shape[0]).Select(s => Read(file, v, s) is { } values ? new ContractSample(s, values) : null).OfType<ContractSample>()];
    }
}
