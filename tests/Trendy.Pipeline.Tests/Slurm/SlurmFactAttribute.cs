namespace Trendy.Pipeline.Tests.Slurm;

/// <summary>
/// A fact that needs a real Slurm on this machine: skipped, with the reason, when the daemons are not installed
/// or the test does not run as root. When they are installed but do not start, the test fails (with their logs)
/// rather than skipping, so a broken cluster setup cannot pass unnoticed.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SlurmFactAttribute : FactAttribute
{
    public SlurmFactAttribute()
    {
        if (SlurmCluster.WhyUnavailable() is { } why) Skip = "real Slurm cluster unavailable: " + why;
    }
}
