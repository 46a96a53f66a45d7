namespace Trendy.Core.Plausibility;

/// <summary>The plausible ranges of the variable table, looked up by output variable name.</summary>
public interface IPlausibleRanges
{
    /// <summary>The range of <paramref name="variableId"/>, or null when the table gives none.</summary>
    PlausibleRange? For(string variableId);
}
