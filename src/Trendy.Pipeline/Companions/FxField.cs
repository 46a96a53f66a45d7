using Trendy.Core.Inventory;

namespace Trendy.Pipeline.Companions;

/// <summary>
/// One fx companion to write: CMIP variable name and metadata (docs/quirks.md §7, fx.areacella/fx.sftlf), the
/// stored type (Float or Double) and row-major (lat, lon) values.
/// </summary>
public sealed record FxField(string VariableId, string StandardName, string LongName, string Units, string CellMethods, string Comment, NcType Type, double[] Values);
