using Trendy.Core.Inventory;

namespace Trendy.Core.Cf.Metadata;

/// <summary>
/// The CF 1.8 rules the community checker (cfchecks) reported broken in earlier outputs, checked on a header:
/// every <c>cell_measures</c> variable is in the file or named by <c>external_variables</c> (§2.6.3, §7.2);
/// every <c>where</c> TYPE is an area type or a string-valued area_type variable of the file (§7.3.3); every
/// coordinate variable has <c>units</c> or is an integer index with a <c>long_name</c> (§1.3, §3.1); the
/// recommended global attributes are present (§2.6.2). Used by the post-write verifiers and by <c>verify</c>.
/// </summary>
public static class CfMetadataRules
{
    public static IReadOnlyList<CfFinding> Check(DatasetHeader header)
    {
        var findings = new List<CfFinding>();
        var external = CellMeasures.ExternalNames(header.GlobalAttribute("external_variables")?.Text);
        foreach (var v in header.Variables)
        {
            foreach (var name in CellMeasures.VariableNames(v.Text("cell_measures")))
            {
                if (header.Variable(name) is null && !external.Contains(name))
                {
                    findings.Add(new CfFinding("7.2", $"{v.Name}: cell_measures names '{name}', which is neither a variable of the file nor listed in external_variables"));
                }
            }

            foreach (var type in CellMethods.TypeNames(v.Text("cell_methods")))
            {
                if (!AreaTypes.IsAreaType(type) && !IsAreaTypeVariable(header, type))
                {
                    findings.Add(new CfFinding("7.3.3", $"{v.Name}: cell_methods 'where {type}' names neither an area type nor a string-valued area_type variable of the file"));
                }
            }

            if (IsCoordinateVariable(v) && v.Text("units") is null && !(IsInteger(v.Type) && v.Text("long_name") is { Length: > 0 }))
            {
                findings.Add(new CfFinding("3.1", $"coordinate variable {v.Name} has no units and is not an integer index with a long_name"));
            }
        }

        foreach (var name in RecommendedGlobals.Names)
        {
            if (string.IsNullOrWhiteSpace(header.GlobalAttribute(name)?.Text)) findings.Add(new CfFinding("2.6.2", $"global attribute '{name}' missing or empty"));
        }

        return findings;
    }

    /// <summary>CF 1.8 §7.3.3: a string-valued (auxiliary or scalar) coordinate with standard_name area_type.</summary>
    public static bool IsAreaTypeVariable(DatasetHeader header, string name) =>
        header.Variable(name) is { Type: NcType.Char or NcType.String } v && v.Text("standard_name") == "area_type";

    /// <summary>A one-dimensional numeric variable with the name of its dimension (CF 1.8 §1.3, "coordinate variable").</summary>
    private static bool IsCoordinateVariable(VariableInfo v) => v.Rank == 1 && v.Dimensions[0] == v.Name && v.Type is not (NcType.Char or NcType.String);

    private static bool IsInteger(NcType t) => t is NcType.Byte or NcType.UByte or NcType.Short or NcType.UShort or NcType.Int or NcType.UInt or NcType.Int64 or NcType.UInt64;
}
