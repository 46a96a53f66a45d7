using System.Globalization;
using System.Net;
using System.Text;
using Trendy.Core.Batch;
using static Trendy.Pipeline.Reporting.ReportFormat;

namespace Trendy.Pipeline.Reporting;

/// <summary>
/// Renders `OUT/reports/index.html` from an <see cref="HtmlReportPage"/> (docs/report.md). Self-contained: the style
/// is inline and images are files next to the page, so it opens offline from the file system. The one inline
/// script records each image's loaded size in the page (data-natural-width), which the browser test reads, and
/// reports an image that did not load on the console (browsers log a missing file:// image nowhere else).
/// </summary>
public static class HtmlReport
{
    private const int SlowestItems = 10;

    private const string Style = """
        body{font-family:sans-serif;margin:1.5em;color:#222}h1{font-size:1.4em}h2{font-size:1.2em;margin-top:1.6em;border-bottom:1px solid #ccc}
        table{border-collapse:collapse;font-size:.85em;margin:.5em 0}td,th{border:1px solid #ccc;padding:2px 6px;text-align:left}
        td.Converted{background:#c8e6c9}td.FromPft{background:#b3e5fc}td.Flagged{background:#fff59d}td.Failed{background:#ef9a9a}
        td.Refused{background:#ffcc80}td.NotProvided{color:#999}figure{display:inline-block;margin:.3em}figcaption{font-size:.8em}
        section.cell{border-top:1px dotted #ccc;padding:.3em 0}dt{font-weight:bold}dd{margin:0 0 .3em 1.5em;font-family:monospace;font-size:.85em}
        .legend span{padding:1px 6px;margin-right:4px}
        """;

    private const string ImageScript = """
        <script>
        window.addEventListener('load', function () {
          document.querySelectorAll('img').forEach(function (img) {
            img.setAttribute('data-natural-width', String(img.naturalWidth));
            img.setAttribute('data-natural-height', String(img.naturalHeight));
            if (img.naturalWidth === 0) console.error('trendy2ilamb report: image did not load: ' + img.getAttribute('src'));
          });
          document.body.setAttribute('data-images-checked', String(document.images.length));
        });
        </script>
        """;

    public static string Render(HtmlReportPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var r = page.Report;
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>trendy2ilamb report</title><style>")
            .Append(Style).Append("</style></head>\n<body>\n");
        sb.Append($"<h1>trendy2ilamb {E(r.ToolVersion)}: {E(SummaryFacts.Title(r))}</h1>\n");
        var t = r.Totals;
        sb.Append($"<p>started {E(Stamp(r.Started))}, finished {E(Stamp(r.Finished))}, elapsed {E(Duration(r.Elapsed))}; page made {E(Stamp(page.Made))}<br>")
            .Append($"input <code>{E(r.InputRoot)}</code><br>output <code>{E(r.OutputRoot)}</code><br>")
            .Append($"items {t.Items}: converted {t.Converted}, up-to-date {t.UpToDate}, skipped {t.Skipped}, failed {t.Failed}</p>\n");
        sb.Append("<nav><a href=\"#coverage\">coverage</a> · <a href=\"#benchmarks\">benchmarks</a> · <a href=\"#attention\">needs attention</a> · ")
            .Append("<a href=\"#failures\">failures</a> · <a href=\"#plots\">plots</a> · <a href=\"#timings\">timings</a> · <a href=\"#details\">details</a></nav>\n");
        Coverage(sb, page.Coverage);
        Benchmarks(sb, page.Benchmarks);
        AttentionSection(sb, r);
        Failures(sb, r);
        Plots(sb, page);
        Timings(sb, r);
        Details(sb, page);
        if (page.Problems.Count > 0)
        {
            sb.Append("<h2 id=\"problems\">Report problems</h2><ul>\n");
            foreach (var p in page.Problems) sb.Append($"<li>{E(p)}</li>\n");
            sb.Append("</ul>\n");
        }

        sb.Append(ImageScript).Append("</body></html>\n");
        return sb.ToString();
    }

    /// <summary>The anchor of a cell's details; also used by tests to find a cell.</summary>
    public static string CellId(string simulation, string model, string variable) => "cell-" + Slug($"{simulation}-{model}-{variable}");

    private static void Coverage(StringBuilder sb, IReadOnlyList<CoverageMatrix> matrices)
    {
        sb.Append("<h2 id=\"coverage\">Coverage: models × ILAMB variables</h2>\n<p class=\"legend\">")
            .Append("<span style=\"background:#c8e6c9\">ok: converted</span><span style=\"background:#b3e5fc\">ok (per-PFT): gridcell value from a per-PFT field</span>")
            .Append("<span style=\"background:#fff59d\">flagged: converted, with warnings</span><span style=\"background:#ef9a9a\">failed CODE</span>")
            .Append("<span style=\"background:#ffcc80\">refused CODE</span><span>-: not provided</span> (codes: docs/codes.md)</p>\n");
        foreach (var m in matrices)
        {
            var columns = m.Variables.Where(v => m.Models.Any(model => m.Cell(model, v).Status != CoverageStatus.NotProvided)).ToList();
            var absent = m.Variables.Except(columns, StringComparer.Ordinal).ToList();
            sb.Append($"<h3>{E(m.Simulation)}</h3>\n<table class=\"coverage\" data-simulation=\"{E(m.Simulation)}\"><tr><th>model</th>");
            foreach (var v in columns) sb.Append($"<th>{E(v)}</th>");
            sb.Append("</tr>\n");
            foreach (var model in m.Models)
            {
                sb.Append($"<tr><th>{E(model)}</th>");
                foreach (var v in columns)
                {
                    var c = m.Cell(model, v);
                    var label = c.Entry is null ? E(c.Label) : $"<a href=\"#{CellId(m.Simulation, model, v)}\">{E(c.Label)}</a>";
                    sb.Append($"<td class=\"{c.Status}\" data-simulation=\"{E(m.Simulation)}\" data-model=\"{E(model)}\" data-variable=\"{E(v)}\" data-status=\"{c.Status}\">{label}</td>");
                }

                sb.Append("</tr>\n");
            }

            sb.Append("</table>\n");
            if (absent.Count > 0) sb.Append($"<p>Not provided by any model of {E(m.Simulation)}: {E(string.Join(", ", absent))}</p>\n");
        }
    }

    private static void Benchmarks(StringBuilder sb, IReadOnlyList<BenchmarkLine> lines)
    {
        sb.Append("<h2 id=\"benchmarks\">ILAMB benchmarks per model</h2>\n<ul>\n");
        foreach (var l in lines) sb.Append($"<li>{E(l.Text)}</li>\n");
        sb.Append("</ul>\n");
    }

    private static void AttentionSection(StringBuilder sb, RunReport r)
    {
        var groups = Attention.Groups(r.Entries);
        sb.Append("<h2 id=\"attention\">Needs attention</h2>\n");
        if (groups.Count == 0)
        {
            sb.Append("<p>nothing</p>\n");
            return;
        }

        sb.Append("<table><tr><th>code</th><th>severity</th><th>files</th><th>remedy / example</th></tr>\n");
        foreach (var g in groups)
        {
            sb.Append($"<tr><td>{E(g.Code)}</td><td>{E(g.Severity)}</td><td>{E(string.Join(", ", g.Files))}</td>")
                .Append($"<td>{E(g.Remedy.Length > 0 ? g.Remedy : g.Example)}</td></tr>\n");
        }

        sb.Append("</table>\n");
    }

    private static void Failures(StringBuilder sb, RunReport r)
    {
        var failures = SummaryFacts.Failures(r.Entries);
        sb.Append("<h2 id=\"failures\">Failures</h2>\n");
        if (failures.Count == 0)
        {
            sb.Append("<p>none</p>\n");
            return;
        }

        sb.Append("<table><tr><th>item</th><th>code</th><th>reason and remedy</th></tr>\n");
        foreach (var f in failures) sb.Append($"<tr><td>{E(f.Id)}</td><td>{E(f.ReasonCode)}</td><td>{E(f.Message)}</td></tr>\n");
        sb.Append("</table>\n");
    }

    private static void Plots(StringBuilder sb, HtmlReportPage page)
    {
        sb.Append("<h2 id=\"plots\">Global land annual series</h2>\n<p>Carbon fluxes in PgC/yr and stocks in PgC (land sums), water fluxes in mm/yr and ")
            .Append("everything else in its own units (land means); see docs/report.md.</p>\n");
        foreach (var (key, image) in page.SeriesImages.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            sb.Append($"<figure><img src=\"{E(image)}\" alt=\"global series {E(key)}\"><figcaption>{E(key)}</figcaption></figure>\n");
    }

    private static void Timings(StringBuilder sb, RunReport r)
    {
        var t = r.Totals;
        var elapsed = Math.Max(r.Elapsed.TotalSeconds, 1e-9);
        sb.Append("<h2 id=\"timings\">Timings</h2>\n<table>")
            .Append($"<tr><th>elapsed</th><td>{E(Duration(r.Elapsed))}</td></tr>")
            .Append($"<tr><th>bytes read / written</th><td>{E(Bytes(t.BytesIn))} / {E(Bytes(t.BytesOut))}</td></tr>")
            .Append($"<tr><th>throughput</th><td>{(t.BytesIn / 1e6 / elapsed).ToString("0.0", CultureInfo.InvariantCulture)} MB/s read</td></tr>")
            .Append($"<tr><th>item time (all workers)</th><td>{E(Seconds(t.Seconds))}</td></tr>")
            .Append($"<tr><th>mean busy workers</th><td>{(t.Seconds / elapsed).ToString("0.00", CultureInfo.InvariantCulture)} (item time / elapsed)</td></tr></table>\n");
        var slow = r.Entries.Where(e => e.Seconds > 0).OrderByDescending(e => e.Seconds).ThenBy(e => e.Id, StringComparer.Ordinal).Take(SlowestItems).ToList();
        if (slow.Count == 0) return;
        sb.Append("<table><tr><th>slowest items</th><th>seconds</th><th>read</th><th>peak memory</th></tr>\n");
        foreach (var e in slow)
        {
            sb.Append($"<tr><td>{E(e.Id)}</td><td>{e.Seconds.ToString("0.0", CultureInfo.InvariantCulture)}</td><td>{E(Bytes(e.BytesIn))}</td>")
                .Append($"<td>{E(Bytes(e.PeakMemoryBytes))}</td></tr>\n");
        }

        sb.Append("</table>\n");
    }

    private static void Details(StringBuilder sb, HtmlReportPage page)
    {
        sb.Append("<h2 id=\"details\">Details per cell</h2>\n");
        var series = page.Series.GroupBy(s => s.OutputPath, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var m in page.Coverage)
        {
            foreach (var c in m.Cells.Where(c => c.Entry is not null))
            {
                var e = c.Entry!;
                var s = e.OutputPath is { } o && series.TryGetValue(Path.GetFullPath(o), out var found) ? found : null;
                sb.Append($"<section class=\"cell\" id=\"{CellId(m.Simulation, c.Model, c.Variable)}\"><h3>{E(m.Simulation)} · {E(c.Model)} · {E(c.Variable)}: {E(c.Label)}</h3><dl>");
                Item(sb, "source file", e.InputPath);
                Item(sb, "output", e.OutputPath ?? "(none)");
                Item(sb, "status", e.Status == WorkStatus.Converted || e.Status == WorkStatus.UpToDate ? e.Status.ToString() : $"{e.Status} {e.ReasonCode}: {e.Message}");
                Item(sb, "rules", e.Rules.Count == 0 ? "(none)" : string.Join(", ", e.Rules));
                Item(sb, "fixes", e.Fixes.Count == 0 ? "(none)" : string.Join(", ", e.Fixes));
                sb.Append("<dt>diagnostics</dt>");
                if (e.Diagnostics.Count == 0) sb.Append("<dd>(none)</dd>");
                foreach (var d in e.Diagnostics) sb.Append($"<dd>{E(d)}</dd>");
                if (s is not null)
                {
                    Item(sb, "time span", s.Years.Count == 0 ? "(no data)" : $"{s.Years[0]}–{s.Years[^1]} ({s.Years.Count} years)");
                    Item(sb, "grid", s.Grid);
                    Item(sb, "global mean", $"{s.Mean.ToString("G4", CultureInfo.InvariantCulture)} {s.Units} ({s.Aggregation.ToString().ToLowerInvariant()} over land)");
                }

                sb.Append("</dl>");
                if (e.OutputPath is { } op && page.MapImages.TryGetValue(Path.GetFullPath(op), out var map))
                    sb.Append($"<figure><img src=\"{E(map)}\" alt=\"time mean of {E(c.Variable)}\"><figcaption>time mean</figcaption></figure>");
                sb.Append("</section>\n");
            }
        }
    }

    private static void Item(StringBuilder sb, string name, string value) => sb.Append($"<dt>{E(name)}</dt><dd>{E(value)}</dd>");

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string Slug(string text) => new([.. text.Select(ch => char.IsAsciiLetterOrDigit(ch) ? ch : '-')]);
}
