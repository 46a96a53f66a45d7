namespace Trendy.Core.Batch;

/// <summary>
/// Stable reason codes the scheduler itself assigns (users grep them, tests assert them).
/// Converters add their own codes for data problems; these cover what happens around a worker.
/// </summary>
public static class ReasonCodes
{
    /// <summary>The item finished as the worker reported; nothing to explain.</summary>
    public const string Ok = "OK";

    /// <summary>The worker died (non-zero exit, signal, EOF mid-item) on every allowed attempt.</summary>
    public const string WorkerCrash = "WORKER_CRASH";

    /// <summary>The worker process could not be started at all.</summary>
    public const string WorkerStart = "WORKER_START";

    /// <summary>The work function threw; the worker survived and reported the exception.</summary>
    public const string WorkerException = "WORKER_EXCEPTION";

    /// <summary>The item ran past the per-item time limit and its worker was killed.</summary>
    public const string Timeout = "TIMEOUT";

    /// <summary>The run was cancelled (Ctrl-C, SIGTERM) while this item was running.</summary>
    public const string Interrupted = "INTERRUPTED";

    /// <summary>The run stopped (cancelled, or too many failures) before this item was started.</summary>
    public const string NotStarted = "NOT_STARTED";

    /// <summary>
    /// An exception nobody expected (a bug) stopped this file; the last-resort barrier failed it alone, put the type and
    /// message in the report and the stack trace under OUT/reports/errors, and the run went on.
    /// </summary>
    public const string InternalError = "INTERNAL_ERROR";

    /// <summary>
    /// The run was restricted (--models, --simulations, --variables, or no ILAMB use without --all) and did not look at
    /// this file: not an outcome of the file, so merged reports keep whatever an earlier run found.
    /// </summary>
    public const string NotSelected = "NOT_SELECTED";

    /// <summary>
    /// The worker was sent a request of another version than it reads (a coordinator and worker of different tool
    /// builds, e.g. the executable was replaced during a run): nothing was done; the item is not retried.
    /// </summary>
    public const string WorkerVersion = "WORKER_VERSION";
}
