using System.CommandLine;
using Trendy.Cli;
using Trendy.Cli.Parsing;
using Trendy.Testing;

namespace Trendy.Pipeline.Tests.Cli;

/// <summary>The command line in process: every wrong path and wrong option gives one line on stderr and its exit status.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly TempDir _dir = new();

    public CommandLineTests()
    {
        ReleaseFixture.Write(Release, ["ModelA", "ModelB"], ["S2", "S3"], ["gpp", "nbp"], steps: 2, nlat: 4, nlon: 8);
        Directory.CreateDirectory(Path.Combine(_dir.Path, "empty"));
        File.WriteAllText(Path.Combine(_dir.Path, "plain.txt"), "not a folder");
    }

    private string Release => Path.Combine(_dir.Path, "release");

    private string File1 => Path.Combine(Release, "ModelA", "S3", "ModelA_S3_gpp.nc");

    private string Out => Path.Combine(_dir.Path, "out");

    public void Dispose() => _dir.Dispose();

    public static TheoryData<string, int, string> WrongCommandLines => new()
    {
        // Paths
        { "convert /no/such/path -o OUT", 2, "'/no/such/path' does not exist" },
        { "plan RELEASE", 2, "is a folder, not a file; plan takes files; for a whole release use 'trendy2ilamb scan RELEASE'" },
        { "scan FILE", 2, "is a file, not a folder; scan takes a release directory" },
        { "scan /no/such/release", 2, "'/no/such/release' does not exist" },
        { "verify EMPTY", 1, "no converted outputs (*.nc) under" },
        { "verify /no/such/out", 2, "'/no/such/out' does not exist" },
        { "report /no/such/out", 2, "'/no/such/out' does not exist" },
        { "slurm /no/such/release -o OUT --array 2", 2, "'/no/such/release' does not exist" },
        { "synth TEXT", 2, "is a file, not a folder; give a folder to write the release into" },
        { "inspect RELEASE", 2, "is a folder, not a file" },
        { "convert RELEASE RELEASE -o OUT", 2, "give one release directory at a time" },

        // Options in the wrong mode
        { "convert RELEASE -o OUT --model=X", 2, "--model is only for single files" },
        { "convert RELEASE -o OUT --simulation S3", 2, "--simulation is only for single files" },
        { "convert FILE -o OUT -j 2", 2, "--jobs is only for a release directory" },
        { "convert FILE -o OUT --models ModelA", 2, "--models is only for a release directory" },
        { "convert FILE -o OUT --shard 1/2", 2, "--shard is only for a release directory" },

        // Selections that match nothing
        { "convert RELEASE -o OUT --models=ModelZ", 2, "--models ModelZ: no model of that name in" },
        { "convert RELEASE -o OUT --models ModelA,ModelZ", 2, "known: ModelA, ModelB" },
        { "convert RELEASE -o OUT --simulations S9", 2, "known: S2, S3" },
        { "scan RELEASE --variables gpq", 2, "--variables gpq: no variable of that name" },

        // Values
        { "convert FILE -o OUT --memory=", 2, "Required argument missing for option: '--memory'" },
        { "convert FILE -o OUT --memory B", 2, "--memory takes a size such as 512M or 2G, found 'B'" },
        { "convert FILE -o OUT --memory -3G", 2, "--memory takes a size" },
        { "convert FILE -o OUT --deflate 12", 2, "--deflate takes a whole number from 0 to 9, found 12" },
        { "convert FILE -o OUT --deflate x", 2, "'x'" },
        { "convert FILE -o OUT --format zarr", 2, "'zarr'" },
        { "convert RELEASE -o OUT -j 0", 2, "--jobs takes a whole number from 1" },
        { "convert RELEASE -o OUT --timeout 0", 2, "--timeout takes a positive number of seconds, found '0'" },
        { "convert RELEASE -o OUT --shard 3/2", 2, "3/2" },
        { "convert RELEASE -o OUT --fixes /no/such.json", 2, "/no/such.json" },
        { "synth OUT --profile huge", 2, "'huge'" },
        { "slurm RELEASE -o OUT --array 0", 2, "--array takes a whole number from 1" },
        { "slurm RELEASE -o OUT --array 2 --mem lots", 2, "memory (--mem)" },

        // Parse errors
        { "covert FILE -o OUT", 2, "Did you mean convert?" },
        { "convert FILE", 2, "--output" },
        { "convert -o OUT", 2, "Required argument missing for command: 'convert'" },
        { "convert FILE --job 2 -o OUT", 2, "unknown option '--job'" },
        { "convert FILE -o OUT --jobz=2", 2, "--jobz" },
        { "", 2, "Required command was not provided" },
    };

    [Theory]
    [MemberData(nameof(WrongCommandLines))]
    public void Run_WrongPathOrOption_OneLineOnStderrAndItsExitStatus(string line, int exit, string message)
    {
        var (status, stdout, stderr) = Run(line);

        Assert.True(exit == status, $"expected exit {exit}, found {status}\nstdout: {stdout}\nstderr: {stderr}");
        Assert.Contains(message, stderr, StringComparison.Ordinal);
        Assert.True(stderr.TrimEnd('\n').Split('\n').Length == 1, "expected one line on stderr, found:\n" + stderr);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out) && Directory.EnumerateFiles(Out, "*.nc", SearchOption.AllDirectories).Any(), "nothing may be converted");
    }

    [Theory]
    [InlineData("-j2")]
    [InlineData("-j 2")]
    [InlineData("--jobs 2")]
    [InlineData("--jobs=2")]
    [InlineData("@ARGS")]
    public void Parse_GnuFormsAndResponseFile_AreAccepted(string jobs)
    {
        File.WriteAllText(Path.Combine(_dir.Path, "args.rsp"), "--jobs\n2\n");
        var result = CommandTree.Build(TimeProvider.System).Parse(Expand($"convert RELEASE -o OUT {jobs}"));

        Assert.Empty(result.Errors);
        Assert.Equal(2, result.GetValue<int>("--jobs"));
        Assert.Equal([Release], result.GetValue<string[]>("INPUT")!);
    }

    [Fact]
    public void Parse_PathStartingWithDashAfterDoubleDash_IsAPath()
    {
        var result = CommandTree.Build(TimeProvider.System).Parse(["convert", "-o", Out, "--", "-odd.nc"]);

        Assert.Null(StrayOptionCheck.Find(result));
        Assert.Equal(["-odd.nc"], result.CommandResult.Children.OfType<System.CommandLine.Parsing.ArgumentResult>().Single().Tokens.Select(t => t.Value));
    }

    [Fact]
    public void Slurm_ClusterOptions_ScriptSaysHowToSubmitAndCarriesThem()
    {
        var (status, stdout, stderr) = Run("slurm RELEASE -o OUT --array 3 --mem 8G --qos short --sbatch-option --mail-type=END --sbatch-option=--exclusive --models ModelA");
        Assert.True(status == 0, stderr);
        Assert.StartsWith("#!/usr/bin/env bash\n# Submit with: bash THIS_FILE", stdout, StringComparison.Ordinal);
        Assert.Contains("#SBATCH --mem=8G\n", stdout, StringComparison.Ordinal);
        Assert.Contains("#SBATCH --mail-type=END\n", stdout, StringComparison.Ordinal);
        Assert.Contains("#SBATCH --exclusive\n", stdout, StringComparison.Ordinal);
        Assert.Contains(" '--models=ModelA' '--no-progress'", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/opt/dotnet-10", "", true)]
    [InlineData(null, "", true)]
    [InlineData("/usr/share/dotnet", "", false)]
    [InlineData("/usr/lib/dotnet/", "", false)]
    [InlineData("/opt/dotnet-10", "module load dotnet/10", false)]
    public void Slurm_RuntimeOutsideStandardFolders_Warns(string? root, string setup, bool warns)
    {
        var warning = Trendy.Cli.Commands.SlurmCommand.RuntimeWarning(setup.Length == 0 ? [] : [setup], root);

        Assert.Equal(warns, warning is not null);
        if (warns) Assert.Contains("DOTNET_ROOT", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_PrintsToolAndLibnetcdfVersions()
    {
        var (status, stdout, _) = Run("--version");

        Assert.Equal(0, status);
        Assert.StartsWith($"trendy2ilamb {ToolInfo.Version}\nlibnetcdf 4.", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Completions_PartialOption_OffersTheOption()
    {
        var completions = CommandTree.Build(TimeProvider.System).Parse("convert --jo").GetCompletions().Select(c => c.Label);

        Assert.Contains("--jobs", completions);
    }

    [Fact]
    public void Plan_TwoFilesAsJson_IsOneDocumentWithCamelCaseNames()
    {
        var (status, stdout, stderr) = Run($"plan FILE {File1.Replace("S3", "S2", StringComparison.Ordinal)} --json");

        Assert.True(status == 0, stderr);
        using var doc = System.Text.Json.JsonDocument.Parse(stdout);
        Assert.Equal(2, doc.RootElement.GetArrayLength());
        Assert.All(doc.RootElement.EnumerateArray(), e => Assert.Equal("OK", e.GetProperty("code").GetString()));
        Assert.Equal("convert", doc.RootElement[0].GetProperty("status").GetString());
        Assert.True(doc.RootElement[0].GetProperty("output").TryGetProperty("sourceVariable", out _));
    }

    [Fact]
    public void Scan_JsonLines_OneObjectPerFile()
    {
        var (status, stdout, stderr) = Run("scan RELEASE --jsonl");

        Assert.True(status == 0, stderr);
        var lines = stdout.TrimEnd('\n').Split('\n');
        Assert.Equal(8, lines.Length);
        Assert.All(lines, l => Assert.Equal("convert", System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("verdict").GetString()));
    }

    private (int Status, string Stdout, string Stderr) Run(string line)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var status = CliApp.Run(Expand(line), stdout, stderr);
        return (status, stdout.ToString().ReplaceLineEndings("\n"), stderr.ToString().ReplaceLineEndings("\n"));
    }

    private string[] Expand(string line) =>
    [
        .. line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(t => t
            .Replace("RELEASE", Release, StringComparison.Ordinal)
            .Replace("FILE", File1, StringComparison.Ordinal)
            .Replace("OUT", Out, StringComparison.Ordinal)
            .Replace("EMPTY", Path.Combine(_dir.Path, "empty"), StringComparison.Ordinal)
            .Replace("TEXT", Path.Combine(_dir.Path, "plain.txt"), StringComparison.Ordinal)
            .Replace("@ARGS", "@" + Path.Combine(_dir.Path, "args.rsp"), StringComparison.Ordinal)),
    ];
}
