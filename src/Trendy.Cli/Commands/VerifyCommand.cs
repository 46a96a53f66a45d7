using Trendy.Pipeline.Verification;

namespace Trendy.Cli.Commands;

/// <summary>`verify OUT`: reopens every output and checks it against the ILAMB output contract (ilamb-contract.md Part 3) and the CF rules of docs/cf.md.</summary>
public sealed class VerifyCommand : ICommand
{
    public string Name => "verify";

    public string Summary => "check every output under OUT against what ILAMB 2.x and ilamb3 need and the CF rules";

    public int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var parsed = new ParsedArgs(args, new HashSet<string>(), new HashSet<string>());
        if (parsed.Positionals.Count != 1 || !Directory.Exists(parsed.Positionals[0])) throw new UsageException("verify needs one output folder");
        var findings = ContractChecker.CheckTree(parsed.Positionals[0]);
        foreach (var f in findings) stderr.WriteLine(f);
        stdout.WriteLine(findings.Count == 0 ? "every output meets the ILAMB contract and the CF rules (docs/cf.md)" : $"{findings.Count} problem(s) found");
        return findings.Count == 0 ? ExitCodes.Ok : ExitCodes.SomeFailed;
    }
}
