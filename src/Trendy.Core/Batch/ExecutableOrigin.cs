namespace Trendy.Core.Batch;

/// <summary>
/// What kind of trendy2ilamb program a Slurm script calls, so its header can say what the compute nodes need
/// (docs/install.md): a self-contained executable needs only the native libraries, a framework-dependent build
/// also needs the .NET runtime.
/// </summary>
public enum ExecutableOrigin
{
    /// <summary>Named by the user (<c>--executable</c>), or the bare name looked up on the nodes' PATH.</summary>
    Given,

    /// <summary>The running program is a self-contained executable (the release tarball or the .deb).</summary>
    SelfContained,

    /// <summary>The running program is a framework-dependent build (a source checkout's bin/).</summary>
    FrameworkDependent,
}
