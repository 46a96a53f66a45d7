namespace Trendy.Pipeline.Scheduling;

/// <summary>
/// Something a live display or a log may want to show, reported through <see cref="IProgress{T}"/>.
/// The scheduler reports one event at a time (never concurrently), so a handler needs no locking,
/// but it runs on a worker loop's thread and should be quick.
/// </summary>
public abstract record SchedulerEvent(int Worker);
