using Trendy.Core.Common;

namespace Trendy.Core.Cf.Metadata;

/// <summary>
/// The CF area-type table (version 13, embedded as Resources/area_types.txt): the names a cell_methods
/// <c>where</c> clause may use directly, without a string-valued area_type variable in the file (CF 1.8 §7.3.3).
/// </summary>
public static class AreaTypes
{
    private static readonly Lazy<HashSet<string>> Names = new(() =>
    [
        .. EmbeddedText.Read("area_types.txt").Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#')),
    ]);

    public static bool IsAreaType(string name) => Names.Value.Contains(name);
}
