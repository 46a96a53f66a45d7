using System.Diagnostics;
using System.Reflection;

namespace Trendy.Pipeline.Scheduling;

/// <summary>How to start a worker in production: this same executable with the hidden <c>worker</c> argument.</summary>
public static class WorkerCommand
{
    public const string Argument = "worker";

    /// <summary>
    /// Start info for a worker of the current program. Under <c>dotnet trendy2ilamb.dll</c> the process is the
    /// dotnet host, which needs the entry assembly as its first argument.
    /// </summary>
    /// <remarks>No options follow: each item arrives with the run's settings in its <see cref="WorkerRequest"/>.</remarks>
    public static ProcessStartInfo ForCurrentProcess()
    {
        var path = Environment.ProcessPath
            ?? throw new InvalidOperationException("cannot start workers: the path of the running executable is unknown");
        var info = new ProcessStartInfo(path);
        // Assembly.Location is empty in a single-file executable (and the single-file analyzer rejects it), so the
        // entry assembly is found by name in the application folder; under `dotnet x.dll` that is x.dll's folder.
        if (Path.GetFileNameWithoutExtension(path) == "dotnet" && Assembly.GetEntryAssembly()?.GetName().Name is { } name
            && Path.Combine(AppContext.BaseDirectory, name + ".dll") is var dll && File.Exists(dll))
        {
            info.ArgumentList.Add(dll);
        }

        info.ArgumentList.Add(Argument);
        return info;
    }
}
