namespace Trendy.Core.Inventory;

/// <summary>A dimension: name, current length, and whether it is the unlimited (record) dimension.</summary>
public sealed record DimensionInfo(string Name, long Length, bool IsUnlimited);
