namespace Trendy.Pipeline.Tests.Cli;

/// <summary>A fact that mounts a small tmpfs: skipped, with the reason, when the test does not run as root on Linux.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class RootFactAttribute : FactAttribute
{
    public RootFactAttribute()
    {
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root") Skip = "needs root on Linux to mount a small tmpfs as a full disk";
    }
}
