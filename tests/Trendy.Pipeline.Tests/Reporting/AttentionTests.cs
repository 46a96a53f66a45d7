using Trendy.Core.Batch;
using Trendy.Core.Diagnostics;
using Trendy.Pipeline.Reporting;
using static Trendy.Pipeline.Tests.Reporting.ReportSamples;

namespace Trendy.Pipeline.Tests.Reporting;

/// <summary>The "needs attention" section: warnings and guesses the user should act on, grouped by code, in both renderings.</summary>
public sealed class AttentionTests
{
    private static readonly string Mismatch = Diagnostic.Warning("IDENT001", new Where("X_S2_gpp.nc", null, null), "simulation S3 (folder)", "S2 in the file name",
        "converted as S3; rename the file or move it to the S2 folder").ToString();

    private static readonly string Calendar = Diagnostic.Note("TIME004", new Where("X_S3_nbp.nc", "time", "calendar"), "a calendar attribute", "none",
        "inferred noleap from the spacing; add a --fixes entry if that is wrong").ToString();

    private static readonly string Overridden = Diagnostic.Note("IDENT003", new Where("X_S3_ra.nc", null, null), "model X (--model)", "no model folder", "").ToString();

    [Fact]
    public void Text_WarningsAndGuesses_GroupedByCodeWithFilesAndRemedy()
    {
        var text = new SummaryTable(FixedClock.Noon).Text(Report(Entries()));

        Assert.Contains("needs attention (codes explained in docs/codes.md):\n", text, StringComparison.Ordinal);
        Assert.Contains("  IDENT001  warning, 2 file(s): rename the file or move it to the S2 folder\n", text, StringComparison.Ordinal);
        Assert.Contains("/in/A/S3/A_S3_gpp.nc, /in/B/S3/B_S3_gpp.nc\n", text, StringComparison.Ordinal);
        Assert.Contains("  TIME004   note, 1 file(s): add a --fixes entry if that is wrong\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("IDENT003", text, StringComparison.Ordinal);
        Assert.DoesNotContain("C_S3_gpp", text.Split("needs attention")[1].Split("failed by reason")[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_WarningsAndGuesses_OneTableRowPerCode()
    {
        var md = new SummaryTable(FixedClock.Noon).Markdown(Report(Entries()));

        Assert.Contains("## Needs attention\n", md, StringComparison.Ordinal);
        Assert.Contains("| IDENT001 | warning | /in/A/S3/A_S3_gpp.nc, /in/B/S3/B_S3_gpp.nc | rename the file or move it to the S2 folder |", md, StringComparison.Ordinal);
        Assert.Contains("| TIME004 | note | /in/A/S3/A_S3_nbp.nc |", md, StringComparison.Ordinal);
        Assert.DoesNotContain("IDENT003", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_NoWarnings_NoSection()
    {
        var text = new SummaryTable(FixedClock.Noon).Text(Report(Mixed()));

        Assert.DoesNotContain("needs attention", text, StringComparison.Ordinal);
    }

    private static IReadOnlyList<ReportEntry> Entries() =>
    [
        Entry("A", "gpp", WorkStatus.Converted) with { Diagnostics = [Mismatch] },
        Entry("B", "gpp", WorkStatus.Converted) with { Diagnostics = [Mismatch, Overridden] },
        Entry("A", "nbp", WorkStatus.UpToDate) with { Diagnostics = [Calendar] },
        // A failed file is listed under failures, not again here.
        Entry("C", "gpp", WorkStatus.Failed, "UNIT010", "bad") with { Diagnostics = [Mismatch, "error UNIT010 bad"] },
    ];
}
