using Trendy.Core.Codes;

namespace Trendy.Core.Batch;

/// <summary>
/// Stable outcome reason codes (users grep them, tests assert them): how each file's run ended. A file refused by
/// planning ends with the code of its first error diagnostic instead. Meanings and remedies: <see cref="Entries"/>.
/// </summary>
public static class ReasonCodes
{
    public const string Ok = "OK";
    public const string UpToDate = "UP_TO_DATE";
    public const string Skipped = "SKIPPED";
    public const string Ignored = "IGNORED";
    public const string NotSelected = "NOT_SELECTED";
    public const string Superseded = "SUPERSEDED";
    public const string SeriesOverlap = "SERIES_OVERLAP";
    public const string InputUnreadable = "INPUT_UNREADABLE";
    public const string ArchiveUnreadable = "ARCHIVE_UNREADABLE";
    public const string VerifyFailed = "VERIFY_FAILED";
    public const string ConvertFailed = "CONVERT_FAILED";
    public const string NoSpace = "NO_SPACE";
    public const string WorkerCrash = "WORKER_CRASH";
    public const string WorkerVersion = "WORKER_VERSION";
    public const string WorkerStart = "WORKER_START";
    public const string WorkerException = "WORKER_EXCEPTION";
    public const string Timeout = "TIMEOUT";
    public const string Interrupted = "INTERRUPTED";
    public const string NotStarted = "NOT_STARTED";
    public const string InternalError = "INTERNAL_ERROR";
    public const string CompanionFailed = "COMPANION_FAILED";

    internal static IEnumerable<CodeInfo> Entries =>
    [
        CodeInfo.Outcome(Ok, WorkStatus.Converted, "written, reopened, verified and renamed into place", ""),
        CodeInfo.Outcome(UpToDate, WorkStatus.UpToDate,
            "the output records the same source fingerprint (size, mtime, header hash) and options", "pass --force to convert it again"),
        CodeInfo.Outcome(Skipped, WorkStatus.Skipped,
            "a NetCDF file that is not converted: a variable not in the table, an ILAMB-side name, an OBS or mean copy", ""),
        CodeInfo.Outcome(Ignored, WorkStatus.Skipped,
            "not model output: README, md5, zonal text, a non-data or non-simulation folder", ""),
        CodeInfo.Outcome(NotSelected, WorkStatus.Skipped,
            "outside --models/--simulations/--variables, or no ILAMB use without --all; the run did not look at the file, so "
            + "`report` never lets it replace an earlier outcome (an earlier failure stays failed until a run converts the file)",
            "widen the selection, or pass --all"),
        CodeInfo.Outcome(Superseded, WorkStatus.Skipped,
            "another file makes the same output (a correctedS2 re-upload wins over S2; a plain name over a variant; a whole series over its period parts)",
            ""),
        CodeInfo.Outcome(SeriesOverlap, WorkStatus.Skipped,
            "a part of a series split by period (_1961-2023) overlaps an earlier part; ILAMB refuses overlapping files of one variable",
            "remove or trim one of the parts"),
        CodeInfo.Outcome(InputUnreadable, WorkStatus.Failed,
            "missing, empty, truncated, corrupt, not NetCDF, a directory, FIFO or dangling link; a damaged data chunk names the variable "
            + "and the time step (0-based)",
            "download the file again or ask the modelling team to re-export it"),
        CodeInfo.Outcome(ArchiveUnreadable, WorkStatus.Failed, "a .nc.gz or .nc.tar.gz that cannot be unpacked",
            "download the archive again, or unpack it by hand and convert the .nc"),
        CodeInfo.Outcome(VerifyFailed, WorkStatus.Failed,
            "the reopened output did not hold what the plan promised, or broke a CF rule of docs/cf.md; nothing kept",
            "report it with the input file: the converter wrote something it did not plan"),
        CodeInfo.Outcome(ConvertFailed, WorkStatus.Failed, "reading or writing failed mid-stream; nothing kept",
            "read the message; rerun to convert the file again"),
        CodeInfo.Outcome(NoSpace, WorkStatus.Failed, "the output file system is (nearly) full; the message gives the free bytes; nothing kept",
            "free space or choose another --output, then rerun"),
        CodeInfo.Outcome(WorkerCrash, WorkStatus.Failed,
            "the worker process died (non-zero exit, signal, out-of-memory kill, end of stream mid-item) on every allowed attempt",
            "convert the file alone to see the error; report it with the file"),
        CodeInfo.Outcome(WorkerVersion, WorkStatus.Failed,
            "a worker was sent a request of another version than it reads: the coordinator and its workers are different builds "
            + "(the executable was replaced during the run); nothing was done",
            "rerun the command with one installed version"),
        CodeInfo.Outcome(WorkerStart, WorkStatus.Failed, "the worker process could not be started at all",
            "check that the installation is complete (trendy2ilamb version lists the native libraries)"),
        CodeInfo.Outcome(WorkerException, WorkStatus.Failed, "the work function threw; the worker survived and reported the exception",
            "read the message; report it with the file"),
        CodeInfo.Outcome(Timeout, WorkStatus.Failed, "the item ran past --timeout and its worker was killed",
            "raise --timeout, or convert the file alone to see why it is slow"),
        CodeInfo.Outcome(Interrupted, WorkStatus.Failed, "the run was cancelled (Ctrl-C, SIGTERM) while this item was running",
            "rerun: finished outputs are kept and the run resumes"),
        CodeInfo.Outcome(NotStarted, WorkStatus.Failed, "the run stopped (cancelled, or too many failures) before this item was started",
            "rerun: finished outputs are kept and the run resumes"),
        CodeInfo.Outcome(InternalError, WorkStatus.Failed,
            "an exception nobody expected (a bug) stopped this file or companion folder; the message gives its type and text, the stack "
            + "trace is in OUT/reports/errors/TIME-FILE-ID.log; nothing is kept and the run goes on",
            "please report it with the log"),
        CodeInfo.Outcome(CompanionFailed, WorkStatus.Failed,
            "writing areacella/sftlf for a model folder failed; each folder is a scheduler item run by a worker, so a native crash "
            + "there fails only that folder (then WORKER_CRASH)",
            "read the message; rerun the same convert command (a folder without areacella gets its companions again)"),
    ];
}
