using Trendy.Core.Batch;
using Trendy.Pipeline.Cleanup;
using Trendy.Pipeline.Conversion;
using Trendy.Pipeline.Discovery;

namespace Trendy.Cli.Commands;

/// <summary>
/// `convert FILE... -o OUT`: converts the given files; a directory argument converts a whole release
/// (see <see cref="TreeConversion"/>). Exit 0 when everything converted or was deliberately skipped, 1 when a
/// file failed, 2 on a usage error.
/// </summary>
public sealed class ConvertCommand : ICommand
{
    public static readonly HashSet<string> Flags = ["--force", "--all", "--no-progress", "--quiet"];

    public string Name => "convert";

    public string Summary => "convert files, or a whole TRENDY release directory, into ILAMB-ready files";

    public int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var valueOptions = new HashSet<string>(ConversionSettings.ValueOptions.Concat(TreeConversion.ValueOptions)) { "-o", "--output" };
        var parsed = new ParsedArgs(args, valueOptions, Flags);
        var output = parsed.Value("-o", "--output") ?? throw new UsageException("convert needs an output folder: -o OUT");
        if (parsed.Positionals.Count == 0) throw new UsageException("convert needs at least one FILE or release directory");
        var settings = ConversionSettings.From(parsed, args, Name);
        OutputFolder.EnsureWritable(output);
        if (parsed.Positionals.Any(Directory.Exists))
        {
            if (parsed.Positionals.Count != 1) throw new UsageException("give one release directory at a time");
            return TreeConversion.Run(parsed.Positionals[0], output, parsed, settings, stdout, stderr);
        }

        return ConvertFiles(parsed, output, settings, stdout, stderr);
    }

    private static int ConvertFiles(ParsedArgs parsed, string output, ConversionSettings settings, TextWriter stdout, TextWriter stderr)
    {
        var failed = 0;
        StagingFolder.SweepDead(parsed.Value("--tmp"));
        using var staging = Staging.Create(parsed.Value("--tmp"));
        var runner = new TreeItemRunner(settings.Service, output, settings.Options, settings.Overrides, settings.ExtraGlobals(DateTimeOffset.Now),
            parsed.Flag("--force"), staging.Path);
        foreach (var path in parsed.Positionals)
        {
            var item = new WorkItem(path, path, "", "", "", File.Exists(path) ? new FileInfo(path).Length : 0)
            {
                Options = new Dictionary<string, string> { [DiscoveryResult.RelativePathOption] = ConversionSettings.RelativeForSingleFile(path) },
            };
            var outcome = runner.Run(item, null, CancellationToken.None);
            OutcomeLine.Write(outcome, outcome.IsFailure ? stderr : stdout);
            if (outcome.IsFailure) failed++;
        }

        return failed > 0 ? ExitCodes.SomeFailed : ExitCodes.Ok;
    }
}
