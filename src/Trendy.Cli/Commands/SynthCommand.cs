using System.Globalization;
using Trendy.Pipeline.Synthesis;

namespace Trendy.Cli.Commands;

/// <summary>
/// `synth OUT [--profile tiny|small] [--seed N]`: writes a synthetic TRENDY release with the quirks real
/// releases have (for `make demo` and end-to-end tests) and OUT/synth-manifest.json describing every file.
/// </summary>
public sealed class SynthCommand : ICommand
{
    private static readonly HashSet<string> ValueOptions = ["--profile", "--seed"];

    public string Name => "synth";

    public string Summary => "write a synthetic TRENDY release with real-world quirks (for demos and tests)";

    public int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var parsed = new ParsedArgs(args, ValueOptions, new HashSet<string>());
        if (parsed.Positionals.Count != 1) throw new UsageException("synth needs exactly one OUT folder");
        var profileName = parsed.Value("--profile") ?? SynthProfile.Tiny.Name;
        var profile = SynthProfile.FromName(profileName)
            ?? throw new UsageException($"unknown profile '{profileName}' (choose {string.Join(" or ", SynthProfile.All.Select(p => p.Name))})");
        var seed = parsed.Int("--seed", 42, 0, int.MaxValue);
        var root = parsed.Positionals[0];
        var manifest = SyntheticRelease.Write(root, profile, seed);
        File.WriteAllText(Path.Combine(root, SynthManifest.FileName), manifest.ToJson());
        stdout.WriteLine(Describe(root, manifest));
        return ExitCodes.Ok;
    }

    private static string Describe(string root, SynthManifest m) => string.Create(
        CultureInfo.InvariantCulture,
        $"Wrote a synthetic TRENDY release (profile {m.Profile}, seed {m.Seed}) to {root}: {m.Models.Count} models "
        + $"({string.Join(", ", m.Models)}), {m.Files.Count} files, {m.TotalBytes:N0} bytes; "
        + $"{m.Count(SynthExpectation.Convert)} to convert, {m.Count(SynthExpectation.Skip)} to skip, {m.Count(SynthExpectation.Fail)} broken on purpose; "
        + $"{m.QuirkFamilies.Count} quirk families exercised. Manifest: {Path.Combine(root, SynthManifest.FileName)}");
}
