namespace Trendy.Pipeline.Scheduling;

/// <summary>How one attempt at one item ended, as a pool saw it. What to do about it is the scheduler's call.</summary>
public enum AttemptEnd
{
    /// <summary>The worker reported an outcome (which may itself be a failure with diagnostics).</summary>
    Completed,

    /// <summary>The work function threw; the worker survived.</summary>
    Faulted,

    /// <summary>The worker died: non-zero exit, signal, stdout closed mid-item, protocol violation.</summary>
    Died,

    /// <summary>The worker could not be started.</summary>
    StartFailed,

    /// <summary>The attempt's cancellation token fired (time limit or run cancelled); the worker was stopped.</summary>
    Cancelled,
}
