using System.Diagnostics;

namespace Trendy.Pipeline.Tests.Packaging;

/// <summary>Runs a program outside the test process and collects what it printed.</summary>
internal static class ExternalProgram
{
    public static (int Exit, string Stdout, string Stderr) Run(string program, TimeSpan limit, params string[] args)
    {
        var info = new ProcessStartInfo(program, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        // A self-contained executable ignores DOTNET_ROOT; point it nowhere so a framework-dependent one would fail here.
        info.Environment["DOTNET_ROOT"] = "/nonexistent-dotnet-root";
        using var p = Process.Start(info)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(limit))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish in {limit}");
        }

        return (p.ExitCode, stdout.Result, stderr.Result);
    }
}
