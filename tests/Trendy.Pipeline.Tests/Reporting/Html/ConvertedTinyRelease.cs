using Trendy.Pipeline.Reporting;
using Trendy.Pipeline.Synthesis;
using Trendy.Pipeline.Tests.Cli;
using Trendy.Testing;

namespace Trendy.Pipeline.Tests.Reporting.Html;

/// <summary>The tiny synthesised release converted once by the real tool (as a user runs it), shared by the HTML report tests.</summary>
public sealed class ConvertedTinyRelease : IDisposable
{
    private readonly TempDir _dir = new();

    public ConvertedTinyRelease()
    {
        Root = Path.Combine(_dir.Path, "trendy");
        Output = Path.Combine(_dir.Path, "out");
        Manifest = SyntheticRelease.Write(Root, SynthProfile.Tiny);
        (Exit, Stdout, Stderr) = CliRunner.Run("convert", Root, "-o", Output, "-j", "2", "--no-progress");
        Report = ReportJson.Deserialize(File.ReadAllText(Directory.GetFiles(Path.Combine(Output, ReportStore.FolderName), "run-*.json").Single()));
    }

    public string Root { get; }

    public string Output { get; }

    public SynthManifest Manifest { get; }

    public int Exit { get; }

    public string Stdout { get; }

    public string Stderr { get; }

    public RunReport Report { get; }

    public string Index => Path.Combine(Output, ReportStore.FolderName, HtmlReportWriter.IndexName);

    public void Dispose() => _dir.Dispose();
}
