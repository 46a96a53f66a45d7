namespace Trendy.Native.Hdf5;

/// <summary>
/// The result of inflating one stored chunk: fine, or what was wrong with the stream (corrupt, too short, too long).
/// A result and not an exception, because chunks are inflated in parallel loops and the caller names the file,
/// variable and time step once the loop is done.
/// </summary>
public readonly record struct InflateOutcome(string? Problem)
{
    public static readonly InflateOutcome Ok = new(null);

    public bool IsOk => Problem is null;
}
