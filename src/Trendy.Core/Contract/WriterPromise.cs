namespace Trendy.Core.Contract;

/// <summary>
/// What the writer promised for one output, checked on the reopened file before it is renamed into place: the
/// dimensions, units and number of steps of the plan, and the valid cells it counted in the sampled steps.
/// </summary>
public sealed record WriterPromise(string VariableId, IReadOnlyList<string> Dimensions, string Units, long Steps, IReadOnlyDictionary<long, long> ValidCells);
