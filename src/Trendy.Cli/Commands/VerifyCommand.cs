using System.CommandLine;
using System.Text;
using System.Text.Json;
using Trendy.Cli.Parsing;
using Trendy.Core.Diagnostics;
using Trendy.Core.Plausibility;
using Trendy.Native.Udunits;
using Trendy.Pipeline.Reporting;
using Trendy.Pipeline.Verification;

namespace Trendy.Cli.Commands;

/// <summary>
/// `verify OUT [--source ROOT] [--sample N] [--json]`: the ILAMB contract of every output, catalogue and attribute
/// consistency, plausibility of the global series and across models, and with --source every value against its
/// source (docs/codes.md lists the codes). A table per file and one line per failure; exit 0 when all pass.
/// </summary>
public static class VerifyCommand
{
    public static Command Create()
    {
        var output = new Argument<string>("OUT") { Description = "Output folder of a conversion" }
            .MustBe(PathKind.Folder, "give the folder that 'convert -o OUT' wrote");
        var source = new Option<string>("--source") { Description = "Source release: compare every value with its source", HelpName = "ROOT" };
        var sample = CliOptions.Range(new Option<int>("--sample") { Description = "With --source, compare N evenly spread steps per file", HelpName = "N" }, 1, 1_000_000);
        var json = new Option<bool>("--json") { Description = "Print the result as JSON" };
        var command = new Command("verify", "Check every output under OUT against what ILAMB 2.x and ilamb3 need") { output, source, sample, json };
        command.SetAction(r => Run(r.GetValue(output)!, new VerifyOptions(r.GetValue(source), CliOptions.Given(r, sample) ? r.GetValue(sample) : null), r.GetValue(json), r.Out(), r.Err()));
        return command;
    }

    private static int Run(string output, VerifyOptions options, bool json, TextWriter stdout, TextWriter stderr)
    {
        if (options.SourceRoot is { } src && !Directory.Exists(src))
        {
            stderr.WriteLine($"trendy2ilamb verify: --source '{src}' is not a folder; give the release folder the outputs were converted from");
            return ExitCodes.Usage;
        }

        if (ContractChecker.Outputs(output).Count == 0)
        {
            stderr.WriteLine($"trendy2ilamb verify: no converted outputs (*.nc) under '{output}': nothing to verify; run 'trendy2ilamb convert RELEASE -o {output}' first");
            return ExitCodes.SomeFailed;
        }

        var result = new TreeVerifier(new UdunitsConverter(), PlausibilityTable.LoadEmbedded()).Verify(output, options);
        if (json)
        {
            stdout.WriteLine(JsonSerializer.Serialize(result, ReportJson.Options));
        }
        else
        {
            stdout.Write(Table(result, Path.GetFullPath(output)));
            foreach (var f in result.Findings.Where(f => f.Severity != Severity.Note)) stderr.WriteLine(f);
            var failing = result.Findings.Count(f => f.Severity != Severity.Note);
            stdout.WriteLine(failing == 0
                ? $"all {result.Files.Count} output(s) meet the ILAMB contract and the CF rules" + (options.SourceRoot is null ? "" : " and match their sources")
                : $"{failing} problem(s) found in {result.Files.Count} output(s)");
        }

        return result.Passed ? ExitCodes.Ok : ExitCodes.SomeFailed;
    }

    /// <summary>One row per file: the codes it fails (or "ok") by family, contract, catalogue, plausibility, source.</summary>
    private static string Table(VerifyResult result, string root)
    {
        static string Cell(IEnumerable<Diagnostic> ds, params string[] prefixes)
        {
            var codes = ds.Where(d => d.Severity != Severity.Note && prefixes.Any(p => d.Code.StartsWith(p, StringComparison.Ordinal))).Select(d => d.Code).Distinct().ToList();
            return codes.Count == 0 ? "ok" : string.Join(' ', codes);
        }

        var rows = result.Files.Select(f =>
        {
            var ds = result.For(f).ToList();
            IReadOnlyList<string> row = [Path.GetRelativePath(root, f), Cell(ds, "ILAMB", "CF"), Cell(ds, "CAT"), Cell(ds, "PLAUS"), Cell(ds, "SRC")];
            return row;
        }).ToList();
        var sb = new StringBuilder();
        TextTable.Render(sb, "", ["file", "contract", "catalogue", "plausibility", "source"], rows);
        return sb.ToString();
    }
}
