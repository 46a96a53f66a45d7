using Trendy.Core.Batch;

namespace Trendy.Pipeline.Scheduling;

/// <summary>The running trendy2ilamb program, as a Slurm script should call it (see <see cref="SlurmExecutable"/>).</summary>
public static class RunningExecutable
{
    /// <summary>
    /// The path of the running executable and whether it is self-contained. The release tarball and the .deb ship
    /// one single-file executable with the entry assembly inside it; a framework-dependent build (<c>make build</c>
    /// into bin/) has trendy2ilamb.dll beside its apphost.
    /// </summary>
    public static (string Path, ExecutableOrigin Origin) ForSlurm()
    {
        var apphost = Path.Combine(AppContext.BaseDirectory, SlurmExecutable.Name);
        var processPath = Environment.ProcessPath;
        var dllBeside = processPath is not null
                        && File.Exists(Path.Combine(Path.GetDirectoryName(processPath) ?? ".", SlurmExecutable.Name + ".dll"));
        return SlurmExecutable.Choose(processPath, File.Exists(apphost) ? apphost : null, dllBeside);
    }
}
