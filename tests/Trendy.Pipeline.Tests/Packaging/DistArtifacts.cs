using Trendy.Cli;

namespace Trendy.Pipeline.Tests.Packaging;

/// <summary>
/// The release artefacts of this checkout (make dist, make deb), found from the test assembly's folder upwards.
/// `make test` makes them before the tests run; a plain `dotnet test` skips the tests that need them, saying so.
/// </summary>
internal static class DistArtifacts
{
    public static string? RepositoryRoot { get; } = Trendy.Pipeline.Tests.RepositoryRoot.TryFind();

    public static string Tarball => Path.Combine(RepositoryRoot ?? ".", "dist", $"trendy2ilamb-{ToolInfo.Version}-linux-x64.tar.gz");

    public static string Deb => Path.Combine(RepositoryRoot ?? ".", "dist", $"trendy2ilamb_{ToolInfo.Version}_amd64.deb");

    /// <summary>Why the artefacts cannot be used, or null when both exist.</summary>
    public static string? WhyUnavailable()
    {
        if (RepositoryRoot is null) return "not run from a source checkout (no trendy2ilamb.slnx above the tests)";
        if (!File.Exists(Tarball) || !File.Exists(Deb)) return $"{Tarball} or {Deb} missing; run 'make dist deb' (make test does)";
        return null;
    }
}

/// <summary>A fact that needs the release tarball and .deb of this version: skipped, with the reason, when they are absent.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class DistFactAttribute : FactAttribute
{
    public DistFactAttribute()
    {
        if (DistArtifacts.WhyUnavailable() is { } why) Skip = "release artefacts unavailable: " + why;
    }
}

/// <summary>
/// A fact that builds a Debian root with mmdebstrap: skipped, with the reason, when this machine cannot (not root,
/// no mmdebstrap, no artefacts). When it can but the root cannot be built, the test fails with mmdebstrap's output.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class CleanRootFactAttribute : FactAttribute
{
    public CleanRootFactAttribute()
    {
        if (WhyUnavailable() is { } why) Skip = "cannot build a clean Debian root here: " + why;
    }

    private static string? WhyUnavailable()
    {
        if (!OperatingSystem.IsLinux()) return "not Linux";
        if (Environment.UserName != "root") return "needs root (mmdebstrap --mode=root and chroot)";
        if (!File.Exists("/usr/bin/mmdebstrap")) return "mmdebstrap is not installed (scripts/deps.sh installs it as root)";
        return DistArtifacts.WhyUnavailable();
    }
}
