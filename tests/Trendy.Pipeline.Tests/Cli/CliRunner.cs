using System.Diagnostics;

namespace Trendy.Pipeline.Tests.Cli;

/// <summary>Runs the real command-line tool (the trendy2ilamb.dll copied next to the tests) as a child process.</summary>
internal static class CliRunner
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "trendy2ilamb.dll");

    public static ProcessStartInfo StartInfo(params string[] args)
    {
        // setsid puts the tool and its workers in a new process group, so a test can kill -9 all of them at once.
        var info = new ProcessStartInfo("setsid") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "dotnet", Dll }.Concat(args)) info.ArgumentList.Add(a);
        return info;
    }

    public static (int Exit, string Stdout, string Stderr) Run(params string[] args) => RunWith(StartInfo(args), args);

    /// <summary>Runs the tool with extra environment variables (e.g. a test seam) for it and its workers.</summary>
    public static (int Exit, string Stdout, string Stderr) RunWithEnvironment(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var info = StartInfo(args);
        foreach (var (k, v) in environment) info.Environment[k] = v;
        return RunWith(info, args);
    }

    private static (int Exit, string Stdout, string Stderr) RunWith(ProcessStartInfo info, string[] args)
    {
        using var p = Process.Start(info)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException("trendy2ilamb did not finish in 3 minutes: " + string.Join(' ', args));
        }

        return (p.ExitCode, stdout.Result, stderr.Result);
    }
}
