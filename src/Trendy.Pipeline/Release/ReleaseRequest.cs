using Trendy.Core.Batch;
using Trendy.Core.Identify;
using Trendy.Pipeline.Conversion;
using Trendy.Pipeline.Discovery;

namespace Trendy.Pipeline.Release;

/// <summary>What `convert RELEASE -o OUT` was asked to do, as the CLI parsed it.</summary>
/// <param name="Root">The release root (MODEL/SIMULATION/files).</param>
/// <param name="Selection">`--models/--simulations/--variables/--all`.</param>
/// <param name="Overrides">`--model/--simulation` (identification; single files only, so normally none).</param>
/// <param name="Shard">This run's share of the release (`--shard` or a job array's environment).</param>
/// <param name="Jobs">Worker processes.</param>
/// <param name="ItemTimeout">`--timeout` per item (files and companion folders alike); null for none.</param>
/// <param name="TmpParent">`--tmp`: where the run makes its private staging folder; null for the system's.</param>
/// <param name="Settings">The conversion settings; <see cref="ConversionSettings.StagingFolder"/> is filled in by the run.</param>
public sealed record ReleaseRequest(
    string Root,
    Selection Selection,
    IdentifyOptions Overrides,
    ShardSpec Shard,
    int Jobs,
    TimeSpan? ItemTimeout,
    string? TmpParent,
    ConversionSettings Settings);
