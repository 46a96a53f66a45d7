namespace Trendy.Core.Batch;

/// <summary>Where a shard specification came from (reported so a user can see why a task did what it did).</summary>
public enum ShardSource
{
    /// <summary>No shard: the run covers every item.</summary>
    None,

    /// <summary>An explicit <c>--shard K/N</c>.</summary>
    Argument,

    /// <summary>A Slurm job array (SLURM_ARRAY_TASK_*).</summary>
    Slurm,

    /// <summary>A PBS Pro (PBS_ARRAY_INDEX) or Torque (PBS_ARRAYID) array.</summary>
    Pbs,

    /// <summary>A Sun/Son of/Univa Grid Engine task array (SGE_TASK_*).</summary>
    Sge,
}
