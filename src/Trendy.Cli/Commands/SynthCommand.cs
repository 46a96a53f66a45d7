using System.CommandLine;
using System.Globalization;
using Trendy.Cli.Parsing;
using Trendy.Pipeline.Synthesis;

namespace Trendy.Cli.Commands;

/// <summary>
/// `synth OUT [--profile tiny|small] [--seed N]`: writes a synthetic TRENDY release with the quirks real
/// releases have (for `make demo` and end-to-end tests) and OUT/synth-manifest.json describing every file.
/// </summary>
public static class SynthCommand
{
    public static Command Create()
    {
        var root = new Argument<string>("DIR") { Description = "Folder to write the release into (created if missing)" }
            .MustBe(PathKind.NewFolder, "give a folder to write the release into");
        var profile = new Option<string>("--profile") { Description = "Size of the release", DefaultValueFactory = _ => SynthProfile.Tiny.Name }
            .AcceptOnlyFromAmong([.. SynthProfile.All.Select(p => p.Name)]);
        var seed = CliOptions.Range(new Option<int>("--seed") { Description = "Seed of the random choices (same seed, same release)", HelpName = "N", DefaultValueFactory = _ => 42 }, 0, int.MaxValue);
        var command = new Command("synth", "Write a synthetic TRENDY release with real-world quirks (for demos and tests)") { root, profile, seed };
        command.SetAction(r => Run(r.GetValue(root)!, SynthProfile.FromName(r.GetValue(profile)!)!, r.GetValue(seed), r.Out()));
        return command;
    }

    private static int Run(string root, SynthProfile profile, int seed, TextWriter stdout)
    {
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
