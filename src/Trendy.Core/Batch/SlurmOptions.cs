namespace Trendy.Core.Batch;

/// <summary>
/// What <see cref="SlurmScript.Render"/> needs to write a submit script: one array task per shard,
/// then one report job. Defaults suit a TRENDY release (~840 files) on a typical cluster node.
/// </summary>
public sealed record SlurmOptions(string InputRoot, string OutputDir, int Tasks)
{
    /// <summary>The trendy2ilamb executable as the compute nodes see it (absolute path, or a name on PATH).</summary>
    public string Executable { get; init; } = "trendy2ilamb";

    /// <summary>Where <see cref="Executable"/> came from; the script's header says what the nodes need for it.</summary>
    public ExecutableOrigin ExecutableOrigin { get; init; } = ExecutableOrigin.Given;

    /// <summary>CPUs per array task; each task runs this many worker processes (-j).</summary>
    public int CpusPerTask { get; init; } = 4;

    /// <summary>Slurm --time of each array task (e.g. 04:00:00 or 1-00:00:00).</summary>
    public string TimeLimit { get; init; } = "04:00:00";

    /// <summary>Slurm --time of the report job.</summary>
    public string ReportTimeLimit { get; init; } = "00:30:00";

    public string JobName { get; init; } = "trendy2ilamb";

    /// <summary>Folder for Slurm's stdout/stderr logs; null means OUT/slurm-logs.</summary>
    public string? LogDir { get; init; }

    public string? Partition { get; init; }

    public string? Account { get; init; }

    /// <summary>Slurm --qos of both jobs.</summary>
    public string? Qos { get; init; }

    /// <summary>Slurm --constraint (node features, e.g. <c>intel&amp;ib</c>) of both jobs.</summary>
    public string? Constraint { get; init; }

    /// <summary>Slurm --mem (memory per node, e.g. 16G) of each array task.</summary>
    public string? Memory { get; init; }

    /// <summary>Further #SBATCH lines for both jobs, each as written after <c>#SBATCH</c> (e.g. <c>--mail-type=END</c>).</summary>
    public IReadOnlyList<string> ExtraSbatchOptions { get; init; } = [];

    /// <summary>Shell lines run on the compute node before the tool (e.g. <c>module load dotnet</c>).</summary>
    public IReadOnlyList<string> SetupLines { get; init; } = [];

    /// <summary>Further arguments passed verbatim (each one quoted) to every <c>convert</c>.</summary>
    public IReadOnlyList<string> ConvertArguments { get; init; } = [];

    public string EffectiveLogDir => LogDir ?? OutputDir.TrimEnd('/') + "/slurm-logs";
}
