namespace Trendy.Core.Batch;

/// <summary>
/// Reads array-task variables of the cluster schedulers. Each reader returns null when its scheduler's
/// array variables are absent, so <see cref="ShardSpec.FromEnvironment"/> can try them in turn.
/// </summary>
internal static class ArrayEnvironment
{
    /// <summary>Set by the user when the scheduler exports no array size (PBS exports none).</summary>
    internal const string CountOverride = "TRENDY_SHARD_COUNT";

    /// <summary>
    /// Slurm numbers tasks from SLURM_ARRAY_TASK_MIN; --array=1-9:2 or --array=1,3,7 would leave shards
    /// unnumbered or unowned, so only a contiguous step-1 range is accepted (sbatch(1), "OUTPUT ENVIRONMENT VARIABLES").
    /// </summary>
    internal static ShardResult? Slurm(IReadOnlyDictionary<string, string?> env)
    {
        var id = Get(env, "SLURM_ARRAY_TASK_ID");
        if (id is null) return null;
        const ShardSource source = ShardSource.Slurm;
        if (!Number(env, "SLURM_ARRAY_TASK_ID", out var task)
            || !Number(env, "SLURM_ARRAY_TASK_MIN", out var min)
            || !Number(env, "SLURM_ARRAY_TASK_COUNT", out var count))
        {
            return ShardResult.Fail(
                "shard: Slurm array task found but SLURM_ARRAY_TASK_ID, SLURM_ARRAY_TASK_MIN and SLURM_ARRAY_TASK_COUNT "
                + "are not all whole numbers "
                + $"(ID='{id}', MIN='{Get(env, "SLURM_ARRAY_TASK_MIN")}', COUNT='{Get(env, "SLURM_ARRAY_TASK_COUNT")}'); "
                + "pass --shard K/N explicitly", source);
        }

        var step = Get(env, "SLURM_ARRAY_TASK_STEP");
        if (step is not null && step.Trim() != "1")
            return ShardResult.Fail(StepsRefused($"step {step}"), source);
        if (Number(env, "SLURM_ARRAY_TASK_MAX", out var max) && max - min + 1 != count)
            return ShardResult.Fail(StepsRefused($"{count} tasks spread over {min}-{max}"), source);
        return ShardSpec.Make(task - min + 1, count, source, $"SLURM_ARRAY_TASK_ID={task} (min {min}, count {count})");
    }

    /// <summary>
    /// PBS Pro exports PBS_ARRAY_INDEX, Torque PBS_ARRAYID; neither exports the array's size, so the count
    /// has to come from <see cref="CountOverride"/> (qsub -v) and indices are taken to run 1..N (-J 1-N / -t 1-N).
    /// PBS_ARRAY_ID is the array's job id, not an index, and is deliberately not read.
    /// </summary>
    internal static ShardResult? Pbs(IReadOnlyDictionary<string, string?> env)
    {
        var name = Get(env, "PBS_ARRAY_INDEX") is not null ? "PBS_ARRAY_INDEX"
            : Get(env, "PBS_ARRAYID") is not null ? "PBS_ARRAYID" : null;
        if (name is null) return null;
        const ShardSource source = ShardSource.Pbs;
        if (!Number(env, name, out var index))
            return ShardResult.Fail($"shard: expected a whole number in {name}, found '{Get(env, name)}'", source);
        if (!Number(env, CountOverride, out var count))
        {
            return ShardResult.Fail(
                $"shard: PBS array task {name}={index} found, but PBS does not export the array size; "
                + $"submit with -J 1-N (or -t 1-N) and -v {CountOverride}=N, or pass --shard K/N", source);
        }

        return ShardSpec.Make(index, count, source, $"{name}={index} with {CountOverride}={count} (submit with -J 1-{count})");
    }

    /// <summary>
    /// Grid Engine exports first, last and step, and runs exactly first, first+step, ... ≤ last,
    /// so a stepped range still numbers shards 1..N without gaps (qsub(1), "-t").
    /// A non-array job has SGE_TASK_ID=undefined.
    /// </summary>
    internal static ShardResult? Sge(IReadOnlyDictionary<string, string?> env)
    {
        var id = Get(env, "SGE_TASK_ID");
        if (id is null || id.Trim() == "undefined") return null;
        const ShardSource source = ShardSource.Sge;
        if (!Number(env, "SGE_TASK_ID", out var task)
            || !Number(env, "SGE_TASK_FIRST", out var first)
            || !Number(env, "SGE_TASK_LAST", out var last))
        {
            return ShardResult.Fail(
                $"shard: SGE array task found but SGE_TASK_ID='{id}', SGE_TASK_FIRST='{Get(env, "SGE_TASK_FIRST")}' "
                + $"and SGE_TASK_LAST='{Get(env, "SGE_TASK_LAST")}' are not all whole numbers; pass --shard K/N", source);
        }

        var step = Get(env, "SGE_TASK_STEPSIZE") is null ? 1 : Number(env, "SGE_TASK_STEPSIZE", out var s) ? s : 0;
        if (step < 1)
            return ShardResult.Fail($"shard: expected SGE_TASK_STEPSIZE ≥ 1, found '{Get(env, "SGE_TASK_STEPSIZE")}'", source);
        if ((task - first) % step != 0)
            return ShardResult.Fail($"shard: SGE_TASK_ID={task} is not on the range {first}-{last}:{step}", source);
        return ShardSpec.Make(((task - first) / step) + 1, ((last - first) / step) + 1, source,
            $"SGE_TASK_ID={task} in {first}-{last}:{step}");
    }

    private static string StepsRefused(string found) =>
        $"shard: expected a Slurm array numbered without steps or gaps (--array=1-N), found {found}; "
        + "every shard K of 1..N must run exactly once, so resubmit with --array=1-N or pass --shard K/N";

    private static string? Get(IReadOnlyDictionary<string, string?> env, string name) =>
        env.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;

    private static bool Number(IReadOnlyDictionary<string, string?> env, string name, out long value) =>
        ShardSpec.TryParseInt(Get(env, name), out value);
}
