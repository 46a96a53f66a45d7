using System.CommandLine;
using Trendy.Cli.Parsing;
using Trendy.Pipeline.Verification;

namespace Trendy.Cli.Commands;

/// <summary>`verify OUT`: reopens every output and checks it against the ILAMB output contract (docs/codes.md lists what fails).</summary>
public static class VerifyCommand
{
    public static Command Create()
    {
        var output = new Argument<string>("OUT") { Description = "Output folder of a conversion" }
            .MustBe(PathKind.Folder, "give the folder that 'convert -o OUT' wrote");
        var command = new Command("verify", "Check every output under OUT against what ILAMB 2.x and ilamb3 need") { output };
        command.SetAction(r => Run(r.GetValue(output)!, r.Out(), r.Err()));
        return command;
    }

    private static int Run(string output, TextWriter stdout, TextWriter stderr)
    {
        var outputs = ContractChecker.Outputs(output);
        if (outputs.Count == 0)
        {
            stderr.WriteLine($"trendy2ilamb verify: no converted outputs (*.nc) under '{output}': nothing to verify; run 'trendy2ilamb convert RELEASE -o {output}' first");
            return ExitCodes.SomeFailed;
        }

        var findings = ContractChecker.CheckTree(output);
        foreach (var f in findings) stderr.WriteLine(f);
        stdout.WriteLine(findings.Count == 0 ? $"all {outputs.Count} output(s) meet the ILAMB contract" : $"{findings.Count} problem(s) found in {outputs.Count} output(s)");
        return findings.Count == 0 ? ExitCodes.Ok : ExitCodes.SomeFailed;
    }
}
