using System.Globalization;

namespace Trendy.Core.Fixes;

/// <summary>
/// Checks what the JSON schema cannot: every quirk says where it was seen, and kind-specific fields are present.
/// Errors point at the model entry's line and the JSON path of the field.
/// </summary>
internal static class FixValidator
{
    public static void Validate(ModelFixes m, string displayName, string json)
    {
        var line = FixTable.LineOf(json, $"\"{m.Key}\"");
        var root = $"$.models.{m.Key}";
        void Fail(string field, string problem) => throw new FixesFileException(displayName, line, root + field, problem);
        static bool Blank(string? s) => string.IsNullOrWhiteSpace(s);

        if (Blank(m.Key)) Fail("", "model key is empty");
        if (Blank(m.Seen)) Fail(".seen", "say what was seen, where (model, release, source)");
        Each(m.VariableAliases, ".variableAliases", (a, at) =>
        {
            if (Blank(a.From) || Blank(a.To)) Fail(at + ".from", "alias needs non-empty 'from' and 'to'");
            if (Blank(a.Seen)) Fail(at + ".seen", "missing 'seen'");
        });
        Each(m.Time, ".time", (t, at) => ValidateTime(t, at, Fail));
        Each(m.Units, ".units", (u, at) => { if (Blank(u.Seen)) Fail(at + ".seen", "missing 'seen'"); });
        Each(m.Signs, ".signs", (s, at) => { if (Blank(s.Seen)) Fail(at + ".seen", "missing 'seen'"); });
        Each(m.Reductions, ".reductions", (r, at) =>
        {
            if (Blank(r.Seen)) Fail(at + ".seen", "missing 'seen'");
            // A cover-weighted mean needs cover fractions per index of the axis: only PFTs have them (landCoverFrac).
            if (r.Method == ReductionMethod.CoverWeightedMean && r.Axis != Targets.ExtraDimension.Pft) Fail(at + ".method", "coverWeightedMean applies to the pft axis only");
        });
        Each(m.LandFraction, ".landFraction", (l, at) => { if (Blank(l.Seen)) Fail(at + ".seen", "missing 'seen'"); });
        Each(m.KnownIssues, ".knownIssues", (k, at) => { if (Blank(k.Seen)) Fail(at + ".seen", "missing 'seen'"); });
        Each(m.SoilLayers, ".soilLayers", (s, at) =>
        {
            if (Blank(s.Seen)) Fail(at + ".seen", "missing 'seen'");
            for (var i = 0; i < s.BoundsMetres.Count; i++)
            {
                var b = s.BoundsMetres[i];
                if (b.Count != 2 || b[0] < 0 || b[1] <= b[0])
                    Fail($"{at}.boundsMetres[{i}]", "each layer is [top, bottom] in metres with 0 <= top < bottom");
                if (i > 0 && b[0] < s.BoundsMetres[i - 1][1])
                    Fail($"{at}.boundsMetres[{i}]", "layers overlap or are not ordered top first");
            }
        });
    }

    private static void ValidateTime(TimeFix t, string at, Action<string, string> fail)
    {
        if (string.IsNullOrWhiteSpace(t.Seen)) fail(at + ".seen", "missing 'seen'");
        if (t.Kind != TimeFixKind.DefaultCalendar && t.WhenUnits.Count == 0)
            fail(at + ".whenUnits", "a time fix must be gated on the units it was seen with (use null for 'no units attribute')");
        switch (t.Kind)
        {
            case TimeFixKind.MonthIndex when !DateOnly.TryParseExact(t.Origin, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _):
                fail(at + ".origin", $"monthIndex needs origin as yyyy-MM-dd, found '{t.Origin}'");
                break;
            case TimeFixKind.RewriteUnits when string.IsNullOrWhiteSpace(t.Replacement):
                fail(at + ".replacement", "rewriteUnits needs a replacement units string");
                break;
            case TimeFixKind.DefaultCalendar when string.IsNullOrWhiteSpace(t.Calendar):
                fail(at + ".calendar", "defaultCalendar needs a calendar");
                break;
            default:
                break;
        }
    }

    private static void Each<T>(IReadOnlyList<T> items, string field, Action<T, string> check)
    {
        for (var i = 0; i < items.Count; i++) check(items[i], $"{field}[{i}]");
    }
}
