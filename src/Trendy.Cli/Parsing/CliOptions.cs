using System.CommandLine;
using System.CommandLine.Parsing;
using Trendy.Core.Batch;
using Trendy.Core.Planning;

namespace Trendy.Cli.Parsing;

/// <summary>
/// Every option the tool knows, declared once with its type, its description and its value check; commands add
/// the ones they take. One instance per command tree, because an option remembers the commands it belongs to.
/// </summary>
public sealed class CliOptions
{
    public Option<string> Output { get; } = new("--output", "-o") { Description = "Output folder (created if missing)", HelpName = "OUT", Required = true };

    public Option<int> Jobs { get; } = Positive(new Option<int>("--jobs", "-j")
    {
        Description = "Worker processes converting in parallel (default: number of cores)",
        HelpName = "N",
    });

    public Option<string[]> Models { get; } = List("--models", "Only these models (comma-separated or repeated)", "A,B");

    public Option<string[]> Simulations { get; } = List("--simulations", "Only these simulations, e.g. S2,S3", "S2,S3");

    public Option<string[]> Variables { get; } = List("--variables", "Only these variables, e.g. gpp,nbp", "gpp,nbp");

    public Option<bool> All { get; } = new("--all") { Description = "Every variable the table knows, not only those ILAMB uses" };

    public Option<bool> Force { get; } = new("--force") { Description = "Redo outputs that are up to date" };

    public Option<TimeSpan?> Timeout { get; } = new("--timeout")
    {
        Description = "Stop a worker stuck on one file after this many seconds; the file fails",
        HelpName = "SECONDS",
        CustomParser = r => Parsed(r, OptionValues.Seconds(r.Tokens[0].Value, "--timeout")),
    };

    public Option<string> Shard { get; } = new("--shard")
    {
        Description = "Convert the K-th of N size-balanced shares (default: from SLURM_ARRAY_TASK_*, PBS or SGE array variables)",
        HelpName = "K/N",
        Validators = { r => { if (ShardSpec.Parse(r.GetValueOrDefault<string>()) is { IsError: true } bad) r.AddError(bad.Error!); } },
    };

    public Option<string> Tmp { get; } = new("--tmp")
    {
        Description = "Existing folder in which the tool makes its own private staging folder for unpacking .nc.gz/.nc.tar.gz " +
                      "inputs, and removes only that (default: the system's temporary folder, $TMPDIR honoured)",
        HelpName = "DIR",
    };

    public Option<string> Model { get; } = new("--model") { Description = "Model name to use instead of what the path says (single files only)", HelpName = "M" };

    public Option<string> Simulation { get; } = new("--simulation") { Description = "Simulation to use instead of what the path says (single files only)", HelpName = "S" };

    public Option<FileInfo> Fixes { get; } = new Option<FileInfo>("--fixes")
    {
        Description = "JSON file adding or overriding per-model fixes (same schema as the built-in table)",
        HelpName = "FILE.json",
    }.AcceptExistingOnly();

    public Option<long> Memory { get; } = new("--memory")
    {
        Description = "Memory budget for the time steps in flight, e.g. 512M or 2G (default: 512M)",
        HelpName = "SIZE",
        CustomParser = r => Parsed(r, OptionValues.Memory(r.Tokens[0].Value)) ?? 0,
    };

    public Option<int> Deflate { get; } = Range(new Option<int>("--deflate") { Description = "Output compression level, 0 (none) to 9", HelpName = "0..9", DefaultValueFactory = _ => 1 }, 0, 9);

    public Option<string> Format { get; } = new Option<string>("--format")
    {
        Description = "Output container",
        DefaultValueFactory = _ => "netcdf4",
    }.AcceptOnlyFromAmong("netcdf4", "netcdf3-64bit");

    public Option<bool> NoProgress { get; } = new("--no-progress") { Description = "Plain timestamped lines instead of the live display" };

    public Option<bool> Json { get; } = new("--json") { Description = "One JSON document (an array) instead of text" };

    public Option<bool> JsonLines { get; } = new("--jsonl") { Description = "JSON Lines: one JSON object per line" };

    /// <summary>The options that change what a conversion writes, in the order they are passed on to worker processes.</summary>
    public IReadOnlyList<Option> Conversion => [Fixes, Memory, Deflate, Format];

    /// <summary>Options that only make sense for a release directory (refused for single files).</summary>
    public IReadOnlyList<Option> TreeOnly => [Jobs, Models, Simulations, Variables, All, Timeout, Shard];

    /// <summary>Options that only make sense for single files (refused for a release).</summary>
    public IReadOnlyList<Option> FileOnly => [Model, Simulation];

    /// <summary>`-j N`, or one worker per core.</summary>
    public int JobsOrCores(ParseResult result) => Given(result, Jobs) ? result.GetValue(Jobs) : Environment.ProcessorCount;

    /// <summary>`--memory SIZE`, or the default budget.</summary>
    public long MemoryOrDefault(ParseResult result) => Given(result, Memory) ? result.GetValue(Memory) : ConvertOptions.DefaultMemoryBudget;

    /// <summary>Whether the user wrote the option (a default does not count).</summary>
    public static bool Given(ParseResult result, Option option) => result.GetResult(option) is { Implicit: false };

    private static Option<string[]> List(string name, string description, string helpName) =>
        new(name) { Description = description, HelpName = helpName, AllowMultipleArgumentsPerToken = false };

    private static Option<int> Positive(Option<int> option) => Range(option, 1, 4096);

    /// <summary>Adds a check that the whole number lies in [min, max].</summary>
    public static Option<int> Range(Option<int> option, int min, int max)
    {
        option.Validators.Add(r =>
        {
            // A token that is not a number at all is already the library's error; only whole numbers are checked here.
            if (r.Tokens.Count == 1 && int.TryParse(r.Tokens[0].Value, out var value) && (value < min || value > max))
            {
                r.AddError($"{option.Name} takes a whole number from {min} to {max}, found {value}");
            }
        });
        return option;
    }

    private static T? Parsed<T>(ArgumentResult result, (T? Value, string? Error) parsed)
    {
        if (parsed.Error is not null) result.AddError(parsed.Error);
        return parsed.Value;
    }
}
