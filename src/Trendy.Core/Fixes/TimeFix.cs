namespace Trendy.Core.Fixes;

/// <summary>
/// One time quirk of a model. Symptom-gated: it applies only when the file's time units equal one of
/// <see cref="WhenUnits"/> exactly (null in the list = the attribute is absent), so it goes quiet once the
/// model writes proper CF time.
/// </summary>
public sealed record TimeFix
{
    public required TimeFixKind Kind { get; init; }

    /// <summary>TRENDY variable it applies to; null for every variable of the model.</summary>
    public string? Variable { get; init; }

    /// <summary>The found units strings that trigger it; null entry = no units attribute. Ignored for DefaultCalendar.</summary>
    public IReadOnlyList<string?> WhenUnits { get; init; } = [];

    /// <summary>MonthIndex: ISO date of month index 1, e.g. "2003-01-01".</summary>
    public string? Origin { get; init; }

    /// <summary>DefaultCalendar (and optionally MonthIndex/DecimalYear): CF calendar name to use.</summary>
    public string? Calendar { get; init; }

    /// <summary>RewriteUnits: the CF units string to use instead.</summary>
    public string? Replacement { get; init; }

    public required string Seen { get; init; }

    /// <summary>True when this fix fires for <paramref name="variable"/> whose time units are <paramref name="foundUnits"/>.</summary>
    public bool Applies(string variable, string? foundUnits) =>
        (Variable is null || string.Equals(Variable, variable, StringComparison.OrdinalIgnoreCase))
        && (Kind == TimeFixKind.DefaultCalendar || WhenUnits.Any(u => string.Equals(u, foundUnits, StringComparison.Ordinal)));
}
