using System.Text.Json;
using Trendy.Core.Planning;
using Trendy.Pipeline.Discovery;

namespace Trendy.Cli.Commands;

/// <summary>
/// `scan ROOT [--json]`: reads headers only and says, per simulation, which model × variable files will
/// convert, be skipped (why) or fail (why), with each file's time rule, calendar, frequency and grid.
/// </summary>
public sealed class ScanCommand : ICommand
{
    public string Name => "scan";

    public string Summary => "read every header of a release and show what convert would do";

    public int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var values = new HashSet<string>(ConversionSettings.ValueOptions) { "--models", "--simulations", "--variables" };
        var parsed = new ParsedArgs(args, values, new HashSet<string> { "--json", "--all" });
        if (parsed.Positionals.Count != 1 || !Directory.Exists(parsed.Positionals[0])) throw new UsageException("scan needs one release directory");
        var settings = ConversionSettings.From(parsed, args, Name);
        var root = parsed.Positionals[0];
        var selection = new Selection(parsed.List("--models"), parsed.List("--simulations"), parsed.List("--variables"), parsed.Flag("--all"));
        var discovery = ReleaseScanner.Scan(root, (rel, content) => settings.Service.Identify(rel, settings.Overrides, content), selection, settings.Service.Catalog);
        var entries = discovery.Work.Select(w => Entry(settings, w.File)).Concat(discovery.Skipped.Select(s => Skipped(s))).ToList();
        if (parsed.Flag("--json")) stdout.WriteLine(JsonSerializer.Serialize(entries, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        else ScanPrinter.Print(entries, discovery, stdout);
        return entries.Any(e => e.Verdict == ScanEntry.Fail) ? ExitCodes.SomeFailed : ExitCodes.Ok;
    }

    private static ScanEntry Entry(ConversionSettings settings, DiscoveredFile f)
    {
        var id = f.Identity;
        var name = id.Target?.VariableId ?? id.VariableToken ?? "?";
        if (id.Archive != Core.Identify.ArchiveKind.None)
        {
            return new ScanEntry(f.RelativePath, id.Model, id.Simulation ?? "-", name, ScanEntry.Convert, $"{id.Archive} archive: unpacked at conversion", null, null, null, null, null, f.Size);
        }

        var attempt = settings.Service.Plan(f.Path, f.RelativePath, settings.Overrides, settings.Options);
        if (attempt.Fault is { } fault) return new ScanEntry(f.RelativePath, id.Model, id.Simulation ?? "-", name, ScanEntry.Fail, fault, null, null, null, null, null, f.Size);
        if (attempt.Plan?.Plan is not { } p)
        {
            var why = attempt.Plan?.SkipReason ?? attempt.Plan?.Diagnostics.FirstOrDefault(d => d.Severity == Core.Diagnostics.Severity.Error)?.ToString();
            return new ScanEntry(f.RelativePath, id.Model, id.Simulation ?? "-", name, attempt.Plan?.IsSkip == true ? ScanEntry.Skip : ScanEntry.Fail, why, null, null, null, null, null, f.Size);
        }

        return new ScanEntry(f.RelativePath, id.Model, id.Simulation ?? "-", name, ScanEntry.Convert, null, p.Time.Rule, p.Time.Calendar,
            OutputNaming.FrequencyLabel(p.Time.Frequency), $"{p.Time.FirstLabel}-{p.Time.LastLabel}", $"{p.Grid.NLat}x{p.Grid.NLon}{(p.Level is null ? "" : $"x{p.Level.Length}")}", f.Size);
    }

    private static ScanEntry Skipped(SkippedFile s)
    {
        var id = s.File.Identity;
        return new ScanEntry(s.File.RelativePath, id.Model, id.Simulation ?? "-", id.Target?.VariableId ?? id.VariableToken ?? "-", ScanEntry.Skip,
            $"[{s.Code}] {s.Reason}", null, null, null, null, null, s.File.Size);
    }
}
