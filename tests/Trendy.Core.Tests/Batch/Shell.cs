using System.Diagnostics;

namespace Trendy.Core.Tests.Batch;

/// <summary>Runs a process to completion for tests that check generated scripts.</summary>
internal static class Shell
{
    internal sealed record Result(int ExitCode, string Stdout, string Stderr);

    internal static Result Run(string file, string[] args, string workDir, (string Key, string Value)[] env)
    {
        var info = new ProcessStartInfo(file)
        {
            WorkingDirectory = workDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        foreach (var (key, value) in env) info.Environment[key] = value;
        using var process = Process.Start(info)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} did not finish");
        }

        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }

    // Scripts run under /bin/sh; these tests are Linux/macOS only, like the cluster schedulers they mimic.
    internal static void WriteExecutable(string path, string text)
    {
        File.WriteAllText(path, text.ReplaceLineEndings("\n") + "\n");
        if (OperatingSystem.IsWindows()) throw new PlatformNotSupportedException("shell scripts need a Unix");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }
}
