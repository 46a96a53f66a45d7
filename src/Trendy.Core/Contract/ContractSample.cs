namespace Trendy.Core.Contract;

/// <summary>The stored values of one time step of an output's data variable (all cells, all levels), read for the checks.</summary>
public sealed record ContractSample(long Step, double[] Values);
