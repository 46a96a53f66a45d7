using System.Diagnostics;

namespace Trendy.Pipeline.Tests.Reporting.Html;

/// <summary>
/// Debian's chromium, headless, as a user's browser: a fresh profile per call and no network-touching features
/// (machines may have no internet), console messages logged to stderr so a test can see errors.
/// </summary>
internal static class HeadlessChromium
{
    public static string? Executable => new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists);

    /// <summary>Loads <paramref name="page"/> and returns the DOM after the load event, and chromium's stderr.</summary>
    public static (string Dom, string Log) DumpDom(string page) => Run(page, "--dump-dom");

    /// <summary>Loads <paramref name="page"/> and saves a screenshot of the top of it.</summary>
    public static string Screenshot(string page, string png) => Run(page, $"--screenshot={png}", "--window-size=1400,1800").Log;

    private static (string Stdout, string Log) Run(string page, params string[] extra)
    {
        var exe = Executable ?? throw new InvalidOperationException("chromium is not installed: run scripts/deps.sh chromium (make test does)");
        var profile = Directory.CreateTempSubdirectory("t2i-chromium-");
        try
        {
            var info = new ProcessStartInfo(exe) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in new[]
                     {
                         "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                         "--no-first-run", $"--user-data-dir={profile.FullName}", "--enable-logging=stderr", "--v=0",
                     }.Concat(extra).Append(new Uri(page).AbsoluteUri))
            {
                info.ArgumentList.Add(a);
            }

            using var p = Process.Start(info)!;
            var stdout = p.StandardOutput.ReadToEndAsync();
            var stderr = p.StandardError.ReadToEndAsync();
            if (!p.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                p.Kill(entireProcessTree: true);
                throw new TimeoutException($"chromium did not finish loading {page} in 2 minutes");
            }

            Assert.True(p.ExitCode == 0, $"chromium exit status {p.ExitCode}\n{stderr.Result}");
            return (stdout.Result, stderr.Result);
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }
}
