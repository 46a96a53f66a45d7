using System.Text;

namespace Trendy.Pipeline.Tests.Cli;

/// <summary>
/// docs/usage.md is every command's real help text, and README's usage block is the real top-level help: both are
/// compared with what the tool prints. Set TRENDY2ILAMB_WRITE_USAGE=1 to rewrite docs/usage.md after changing options.
/// </summary>
public sealed class UsageDocTests
{
    public static readonly string[] Commands = ["scan", "plan", "convert", "verify", "report", "slurm", "synth", "inspect", "version"];

    [Fact]
    public void UsageDoc_EqualsTheHelpOfEveryCommand()
    {
        var expected = UsageDocument();
        var path = Path.Combine(RepositoryRoot.Path, "docs", "usage.md");
        if (Environment.GetEnvironmentVariable("TRENDY2ILAMB_WRITE_USAGE") == "1") File.WriteAllText(path, expected);

        Assert.Equal(expected, File.ReadAllText(path));
    }

    [Fact]
    public void Readme_UsageBlockIsTheTopLevelHelp()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md"));

        Assert.Contains($"```text\n{Help()}```\n", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_HiddenWorkerCommandsAreNotListed()
    {
        var help = Help();

        Assert.Contains("convert", help, StringComparison.Ordinal);
        Assert.DoesNotContain("worker", help, StringComparison.Ordinal);
        Assert.DoesNotContain("companions", help, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_ShortAndLongFormsOnEveryCommand_ExitZeroAndSameText()
    {
        foreach (var command in Commands)
        {
            Assert.Equal(Help(command), Help(command, "-h"));
        }
    }

    private static string UsageDocument()
    {
        var doc = new StringBuilder("# Command-line usage\n\n")
            .Append("The help each command prints (`trendy2ilamb COMMAND --help`), kept equal to it by a test.\n\n")
            .Append("## trendy2ilamb\n\n```text\n").Append(Help()).Append("```\n");
        foreach (var command in Commands) doc.Append($"\n## trendy2ilamb {command}\n\n```text\n").Append(Help(command)).Append("```\n");
        return doc.ToString();
    }

    private static string Help(string? command = null, string flag = "--help")
    {
        var (exit, stdout, stderr) = command is null ? CliRunner.Run(flag) : CliRunner.Run(command, flag);
        Assert.True(exit == 0, $"{command} {flag}: exit {exit}\n{stderr}");
        return string.Join('\n', stdout.ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd())).TrimEnd('\n') + "\n";
    }
}
