using Trendy.Core.Fixes;
using Trendy.Core.Identify;
using Trendy.Core.Inventory;

namespace Trendy.Core.Planning;

/// <summary>
/// Everything planning needs, passed in (no files, no clock): docs/architecture.md "Plan is a pure function".
/// Capabilities: what the native libraries can do (the direct-chunk paths, ISA-L); null means nothing beyond libnetcdf.
/// </summary>
public sealed record PlanRequest(
    DatasetHeader Header,
    SourceFingerprint Fingerprint,
    FileIdentity Identity,
    ModelFixes Fixes,
    ConvertOptions Options,
    IoCapabilities? Capabilities = null)
{
    /// <summary>The header of the model's landCoverFrac file of the same simulation, for cover-weighted PFT means.</summary>
    public DatasetHeader? CoverFractions { get; init; }
}
