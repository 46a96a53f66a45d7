using Trendy.Core.Inventory;

namespace Trendy.Core.Planning;

/// <summary>What the output file is called and holds besides the numbers.</summary>
public sealed record OutputSpec(
    string VariableId,
    string TableId,
    string RelativePath,
    NcType DataType,
    bool IsPftProduct,
    IReadOnlyList<KeyValuePair<string, string>> VariableAttributes,
    IReadOnlyList<KeyValuePair<string, string>> GlobalAttributes);
