using System.Runtime.InteropServices;

namespace Trendy.Cli;

/// <summary>
/// Ctrl-C (SIGINT, also sent to the whole process group) and SIGTERM cancel the run instead of killing it, so
/// workers are ended, temporary files removed, finished outputs kept and a report still written (docs/robustness.md).
/// </summary>
public sealed class CancelOnSignals : IDisposable
{
    private readonly CancellationTokenSource _cts = new();
    private readonly PosixSignalRegistration[] _registrations;

    public CancelOnSignals()
    {
        _registrations =
        [
            PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle),
        ];
    }

    public CancellationToken Token => _cts.Token;

    public void Dispose()
    {
        foreach (var r in _registrations) r.Dispose();
        _cts.Dispose();
    }

    private void Handle(PosixSignalContext context)
    {
        context.Cancel = true;
        _cts.Cancel();
    }
}
