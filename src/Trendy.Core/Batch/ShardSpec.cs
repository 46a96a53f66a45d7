using System.Globalization;

namespace Trendy.Core.Batch;

/// <summary>
/// Shard <see cref="Index"/> of <see cref="Count"/>, counted from 1 (as users write <c>--shard 3/8</c>
/// and as <c>#SBATCH --array=1-N</c> numbers tasks). Which items a shard gets is <see cref="ShardAssigner"/>'s job.
/// </summary>
public sealed record ShardSpec
{
    public ShardSpec(int index, int count)
    {
        if (count < 1) throw new ArgumentOutOfRangeException(nameof(count), count, "shard count must be at least 1");
        if (index < 1 || index > count)
            throw new ArgumentOutOfRangeException(nameof(index), index, $"shard index must be in 1..{count}");
        Index = index;
        Count = count;
    }

    public int Index { get; }

    public int Count { get; }

    /// <summary>The whole run as one shard.</summary>
    public static ShardSpec All { get; } = new(1, 1);

    public override string ToString() => $"{Index}/{Count}";

    /// <summary>Parses <c>K/N</c> with 1 ≤ K ≤ N.</summary>
    public static ShardResult Parse(string? text) => Parse(text, ShardSource.Argument);

    /// <summary>
    /// Reads the shard from a cluster scheduler's array-task variables: Slurm, then PBS, then SGE.
    /// No array variables means no shard. The environment is passed in so this stays pure and testable.
    /// </summary>
    public static ShardResult FromEnvironment(IReadOnlyDictionary<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return ArrayEnvironment.Slurm(environment)
            ?? ArrayEnvironment.Pbs(environment)
            ?? ArrayEnvironment.Sge(environment)
            ?? ShardResult.NoShard;
    }

    internal static ShardResult Parse(string? text, ShardSource source)
    {
        var parts = (text ?? "").Split('/');
        if (parts.Length != 2
            || !TryParseInt(parts[0], out var index)
            || !TryParseInt(parts[1], out var count))
        {
            return ShardResult.Fail($"shard: expected K/N with whole numbers (e.g. 3/8), found '{text}'", source);
        }

        return Make(index, count, source, $"'{text}'");
    }

    internal static ShardResult Make(long index, long count, ShardSource source, string found)
    {
        if (count < 1 || count > int.MaxValue)
            return ShardResult.Fail($"shard: expected a shard count N ≥ 1, found {found}", source);
        if (index < 1 || index > count)
            return ShardResult.Fail($"shard: expected 1 ≤ K ≤ {count}, found {found}", source);
        return ShardResult.Ok(new ShardSpec((int)index, (int)count), source);
    }

    internal static bool TryParseInt(string? text, out long value) =>
        long.TryParse(text?.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
}
