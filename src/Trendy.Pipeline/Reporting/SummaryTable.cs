namespace Trendy.Pipeline.Reporting;

/// <summary>
/// Renders a <see cref="RunReport"/> for people: plain text for the terminal at the end of a run and for
/// `trendy2ilamb report`, Markdown for the file next to the JSON. The clock only stamps when the summary was
/// made (it is injected so snapshot tests are stable); every other value comes from the report.
/// </summary>
public sealed class SummaryTable(TimeProvider clock)
{
    public string Text(RunReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return TextSummary.Render(report, clock.GetUtcNow());
    }

    public string Markdown(RunReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return MarkdownSummary.Render(report, clock.GetUtcNow());
    }
}
