namespace Trendy.Core.Batch;

/// <summary>
/// The result of reading a shard from text or from the environment: a shard, no shard (run everything),
/// or an error message a user can act on. Bad input is an answer, not an exception.
/// </summary>
public sealed record ShardResult(ShardSpec? Shard, string? Error, ShardSource Source)
{
    public bool IsError => Error is not null;

    public static ShardResult Ok(ShardSpec shard, ShardSource source) => new(shard, null, source);

    public static ShardResult NoShard { get; } = new(null, null, ShardSource.None);

    public static ShardResult Fail(string error, ShardSource source) => new(null, error, source);
}
