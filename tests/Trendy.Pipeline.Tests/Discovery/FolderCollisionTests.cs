using Trendy.Core.Batch;
using Trendy.Core.Planning;
using Trendy.Pipeline.Tests.Conversion;
using Trendy.Testing;

namespace Trendy.Pipeline.Tests.Discovery;

/// <summary>Two model names that become the same folder once made safe get separate folders, and the run says so (issue 7).</summary>
public sealed class FolderCollisionTests
{
    [Fact]
    public void ModelFolder_SafeName_Unchanged() =>
        Assert.Equal(["CLASSIC", "CLM6.0", "LPJ-GUESS", "ISBA-CTRIP"], new[] { "CLASSIC", "CLM6.0", "LPJ-GUESS", "ISBA-CTRIP" }.Select(OutputNaming.ModelFolder));

    [Fact]
    public void ModelFolder_NamesDifferingOnlyInNonAsciiLetters_DifferentSafeFolders()
    {
        var a = OutputNaming.ModelFolder("Modèle");
        var b = OutputNaming.ModelFolder("Modéle");

        Assert.NotEqual(a, b);
        Assert.Matches("^Mod_le-[0-9a-f]{8}$", a);
        Assert.Equal(a, OutputNaming.ModelFolder("Modèle"));
        Assert.Equal(a, OutputNaming.ModelFolder(a));
    }

    [Fact]
    public void ScanAndConvert_TwoModelsCollidingWhenMadeSafe_NotedAndWrittenToSeparateFolders()
    {
        using var dir = new TempDir();
        var root = dir.File("release");
        foreach (var model in new[] { "Modèle", "Modéle" })
        {
            var path = Path.Combine(root, model, "S3", $"{model}_S3_gpp.nc");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            new SourceFile { Value = model == "Modèle" ? (_, _, _, _) => 1 : (_, _, _, _) => 2 }.WriteTo(path);
        }

        var found = Harness.Scan(root);
        var outcomes = found.Work.Select(w => Harness.RunItem(dir, w.File.Path, w.File.RelativePath)).ToList();

        var note = Assert.Single(found.Problems);
        Assert.Contains("'Modèle'", note);
        Assert.Contains("would all become folder 'Mod_le'", note);
        Assert.All(outcomes, o => Assert.Equal(WorkStatus.Converted, o.Status));
        var folders = outcomes.Select(o => Path.GetFileName(Path.GetDirectoryName(o.OutputPath!)!)).ToList();
        Assert.Equal(2, folders.Distinct(StringComparer.Ordinal).Count());
        Assert.All(folders, f => Assert.Contains($"'{f}'", note));
    }
}
