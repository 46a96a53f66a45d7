namespace Trendy.Core.Contract;

/// <summary>
/// What the consistency checks need to know of one output in a model folder: where it sits
/// (<c>OUT/{Simulation}/{ModelFolder}/{file}</c>), its data variable, its global attributes, and the frequency its
/// time bounds show ("mon", "yr", "fx" for companions).
/// </summary>
public sealed record OutputFacts(string Path, string Simulation, string ModelFolder, string? DataVariable, IReadOnlyDictionary<string, string> Globals, string ObservedFrequency);
