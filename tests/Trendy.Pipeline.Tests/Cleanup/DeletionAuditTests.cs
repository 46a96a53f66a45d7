using System.Text.RegularExpressions;

namespace Trendy.Pipeline.Tests.Cleanup;

/// <summary>Every deletion in production code goes through Cleanup/ToolDeletion.cs (docs/cleanup.md).</summary>
public sealed partial class DeletionAuditTests
{
    [Fact]
    public void ProductionCode_DeletesOnlyThroughTheOneHelper()
    {
        var src = Path.Combine(RepositoryRoot(), "src");
        var helper = Path.Combine(src, "Trendy.Pipeline", "Cleanup", "ToolDeletion.cs");
        var offenders = new List<string>();
        foreach (var file in Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories))
        {
            if (file == helper || file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)) continue;
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var code = lines[i].Split("//")[0];
                if (DeleteCall().IsMatch(code)) offenders.Add($"{Path.GetRelativePath(src, file)}:{i + 1}: {lines[i].Trim()}");
            }
        }

        Assert.True(offenders.Count == 0, "deletions outside Cleanup/ToolDeletion.cs:\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void Audit_RecognisesEveryFormOfDeleteCall()
    {
        Assert.Matches(DeleteCall(), "File.Delete(path);");
        Assert.Matches(DeleteCall(), "Directory.Delete(dir, recursive: true);");
        Assert.Matches(DeleteCall(), "new DirectoryInfo(d).Delete(true);");
        Assert.Matches(DeleteCall(), "info.Delete ();");
        Assert.DoesNotMatch(DeleteCall(), "ToolDeletion.DeleteFile(temp);");
    }

    private static string RepositoryRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "trendy2ilamb.slnx"))) return d.FullName;
        }

        throw new InvalidOperationException("repository root (trendy2ilamb.slnx) not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"\.Delete\s*\(")]
    private static partial Regex DeleteCall();
}
