namespace Trendy.Core.Cf.Metadata;

/// <summary>The <c>cell_measures</c> attribute: blank-separated <c>measure: variable</c> pairs (CF 1.8 §7.2).</summary>
public static class CellMeasures
{
    /// <summary>The variable names the attribute points at, in order (<c>"area: areacella"</c> → <c>areacella</c>).</summary>
    public static IReadOnlyList<string> VariableNames(string? cellMeasures)
    {
        var words = (cellMeasures ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var names = new List<string>();
        for (var i = 0; i + 1 < words.Length; i++)
        {
            if (words[i].EndsWith(':') && !words[i + 1].EndsWith(':')) names.Add(words[++i]);
        }

        return names;
    }

    /// <summary>The names listed in the global <c>external_variables</c> attribute (blank-separated, CF 1.8 §2.6.3).</summary>
    public static IReadOnlyList<string> ExternalNames(string? externalVariables) =>
        (externalVariables ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}
