using System.Text.RegularExpressions;
using Trendy.Core.Targets;
using Trendy.Pipeline.Reporting;
using Trendy.Pipeline.Synthesis;

namespace Trendy.Pipeline.Tests.Reporting.Html;

/// <summary>
/// `OUT/reports/index.html` of a converted synthesised release, opened in headless Chromium from the file system:
/// no console errors, every image loads with a size, the coverage matrix holds the cells the release calls for.
/// A screenshot is saved beside the test results (TestResults/report.png).
/// </summary>
public sealed partial class HtmlReportBrowserTests(ConvertedTinyRelease release) : IClassFixture<ConvertedTinyRelease>
{
    [Fact]
    public void Page_InChromium_HasNoConsoleErrors_AndEveryImageLoads()
    {
        var (dom, log) = HeadlessChromium.DumpDom(release.Index);

        Assert.DoesNotMatch(ConsoleLine(), log);
        var images = ImageTag().Matches(dom).Select(m => m.Value).ToList();
        Assert.True(images.Count > 10, $"expected series plots and maps, found {images.Count} image(s)");
        Assert.Contains($"data-images-checked=\"{images.Count}\"", dom, StringComparison.Ordinal);
        foreach (var img in images)
        {
            var width = Attribute(img, "data-natural-width");
            var height = Attribute(img, "data-natural-height");
            Assert.True(width is not null && int.Parse(width, System.Globalization.CultureInfo.InvariantCulture) > 0
                && int.Parse(height!, System.Globalization.CultureInfo.InvariantCulture) > 0, $"image did not load: {img}");
            Assert.DoesNotContain("://", Attribute(img, "src")!, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Page_WithAnImageRemoved_IsCaughtByTheSameChecks()
    {
        var copy = Directory.CreateTempSubdirectory("t2i-report-copy-");
        try
        {
            var folder = Path.GetDirectoryName(release.Index)!;
            File.Copy(release.Index, Path.Combine(copy.FullName, HtmlReportWriter.IndexName));
            Directory.CreateDirectory(Path.Combine(copy.FullName, HtmlReportWriter.ImageFolder));
            var pngs = Directory.GetFiles(Path.Combine(folder, HtmlReportWriter.ImageFolder), "*.png").Order(StringComparer.Ordinal).ToList();
            foreach (var png in pngs.Skip(1)) File.Copy(png, Path.Combine(copy.FullName, HtmlReportWriter.ImageFolder, Path.GetFileName(png)));

            var (dom, log) = HeadlessChromium.DumpDom(Path.Combine(copy.FullName, HtmlReportWriter.IndexName));

            var missing = ImageTag().Matches(dom).Select(m => m.Value).Single(i => Attribute(i, "src") == $"{HtmlReportWriter.ImageFolder}/{Path.GetFileName(pngs[0])}");
            Assert.Equal("0", Attribute(missing, "data-natural-width"));
            Assert.Matches(ConsoleLine(), log);
        }
        finally
        {
            copy.Delete(recursive: true);
        }
    }

    [Fact]
    public void Page_InChromium_CoverageMatrixHoldsTheExpectedCells()
    {
        var (dom, _) = HeadlessChromium.DumpDom(release.Index);
        var cells = CellTag().Matches(dom).Select(m => (Sim: m.Groups["sim"].Value, Model: m.Groups["model"].Value, Var: m.Groups["var"].Value, Status: m.Groups["status"].Value))
            .ToDictionary(c => (c.Sim, c.Model, c.Var), c => c.Status);
        var columns = CoverageMatrix.Columns(TargetCatalog.LoadEmbedded());
        var expected = 0;
        foreach (var file in release.Manifest.Files.Where(f => f.Note is null && f.Simulation is not null && f.Expected is SynthExpectation.Convert or SynthExpectation.Fail))
        {
            var entry = release.Report.Entries.Single(e => e.Id == file.Path);
            if (columns.FirstOrDefault(c => string.Equals(c.TrendyName, entry.Variable, StringComparison.OrdinalIgnoreCase)) is not { } column) continue;
            Assert.True(cells.TryGetValue((entry.Simulation, entry.Model, column.TrendyName), out var status), $"no cell for {file.Path} ({entry.Simulation} {entry.Model} {column.TrendyName})");
            if (file.Expected == SynthExpectation.Convert) Assert.Contains(status, new[] { "Converted", "Flagged", "FromPft" });
            else Assert.Equal("Failed", status);
            expected++;
        }

        Assert.True(expected > 20, $"only {expected} manifest files fell on matrix columns");
        Assert.Contains("Failed", cells.Values);
        Assert.Contains("NotProvided", cells.Values);
    }

    [Fact]
    public void Page_InChromium_Screenshot_IsSavedBesideTheTestResults()
    {
        var folder = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "TestResults")).FullName;
        var png = Path.Combine(folder, "report.png");
        File.Delete(png);

        HeadlessChromium.Screenshot(release.Index, png);

        Assert.True(new FileInfo(png).Length > 10_000, $"screenshot {png} missing or blank");
    }

    private static string? Attribute(string tag, string name) =>
        Regex.Match(tag, $"{Regex.Escape(name)}=\"(?<v>[^\"]*)\"") is { Success: true } m ? m.Groups["v"].Value : null;

    /// <summary>Chromium logs each console message of the page as INFO:CONSOLE (and failed loads as errors there).</summary>
    [GeneratedRegex(@":CONSOLE[^\n]*|Failed to load resource|Uncaught ")]
    private static partial Regex ConsoleLine();

    [GeneratedRegex("<img [^>]*>")]
    private static partial Regex ImageTag();

    [GeneratedRegex("<td class=\"[^\"]*\" data-simulation=\"(?<sim>[^\"]*)\" data-model=\"(?<model>[^\"]*)\" data-variable=\"(?<var>[^\"]*)\" data-status=\"(?<status>[^\"]*)\"")]
    private static partial Regex CellTag();
}
