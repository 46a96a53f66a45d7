using System.CommandLine;
using Trendy.Cli.Parsing;
using Trendy.Core.Batch;
using Trendy.Pipeline.Cleanup;
using Trendy.Pipeline.Conversion;

namespace Trendy.Cli.Commands;

/// <summary>
/// `convert FILE... -o OUT`: converts the given files; a directory argument converts a whole release
/// (see <see cref="TreeConversion"/>). Exit 0 when everything converted or was deliberately skipped, 1 when a
/// file failed, 2 on a usage error, 130 when interrupted.
/// </summary>
public static class ConvertCommand
{
    public static Command Create(CliOptions o)
    {
        var inputs = new Argument<string[]>("INPUT") { Description = "Input files, or one release directory (MODEL/SIMULATION/files)", Arity = ArgumentArity.OneOrMore }
            .MustBe(PathKind.Existing, "give existing input files or one release directory");
        var command = new Command("convert", "Convert files, or a whole TRENDY release directory, into ILAMB-ready files")
        {
            inputs, o.Output, o.Jobs, o.Models, o.Simulations, o.Variables, o.All, o.Force, o.Timeout, o.Shard, o.Tmp, o.Model, o.Simulation, o.NoProgress,
        };
        foreach (var option in o.Conversion) command.Options.Add(option);
        command.SetAction(r =>
        {
            var paths = r.GetValue(inputs)!;
            var release = paths.Where(Directory.Exists).ToList();
            if (release.Count > 0 && paths.Length > 1) throw new UsageException($"'{release[0]}' is a release directory: give one release directory at a time, or only files");
            RefuseMisplaced(r, release.Count > 0 ? o.FileOnly : o.TreeOnly, release.Count > 0
                ? "only for single files (a release takes model and simulation from its folders)"
                : "only for a release directory");
            var settings = CommandSettings.From(r, o, "convert");
            var output = r.GetValue(o.Output)!;
            OutputFolder.EnsureWritable(output);
            return release.Count > 0
                ? TreeConversion.Run(TreeConversion.Request(release[0], output, r, o, settings), settings.Service, r.GetValue(o.NoProgress), r.Out(), r.Err())
                : ConvertFiles(paths, output, r.GetValue(o.Force), r.GetValue(o.Tmp), settings, r.Out(), r.Err());
        });
        return command;
    }

    private static void RefuseMisplaced(ParseResult r, IEnumerable<Option> options, string why)
    {
        if (options.FirstOrDefault(option => CliOptions.Given(r, option)) is { } given) throw new UsageException($"{given.Name} is {why}");
    }

    private static int ConvertFiles(IEnumerable<string> paths, string output, bool force, string? tmp, CommandSettings settings, TextWriter stdout, TextWriter stderr)
    {
        var failed = 0;
        StagingFolder.SweepDead(tmp);
        using var staging = Staging.Create(tmp);
        var runner = new TreeItemRunner(settings.Service, settings.ForConversion(output, force, staging.Path));
        foreach (var path in paths)
        {
            var item = new WorkItem(path, path, "", "", "", new FileInfo(path).Length) { Job = new ConvertFileJob(settings.Identify(path)) };
            var outcome = runner.Run(item, null, CancellationToken.None);
            OutcomeLine.Write(outcome, outcome.IsFailure ? stderr : stdout);
            if (outcome.IsFailure) failed++;
        }

        return failed > 0 ? ExitCodes.SomeFailed : ExitCodes.Ok;
    }
}
