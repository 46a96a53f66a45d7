using Trendy.Core.Diagnostics;
using Trendy.Core.Targets;

namespace Trendy.Core.Identify;

/// <summary>
/// What one file of a TRENDY release is and what it should become, read from its relative path alone
/// (<c>MODEL_DIR/SIM/PREFIX_SIM_var.nc</c>, trendy-files.md §4). No file is opened.
/// </summary>
/// <param name="RelativePath">Path relative to the release root, '/'-separated.</param>
/// <param name="ModelDirectory">First path segment (null when the path is a bare file name).</param>
/// <param name="Model">Canonical model name: the folder name as it is in this release, or the <c>--model</c> override.</param>
/// <param name="Prefix">File-name prefix before the simulation (<c>CLM6.0</c>, <c>LPJ-EOSIM</c>, <c>visit-ut</c>).</param>
/// <param name="Simulation">
/// The simulation label: the protocol token (<c>S0</c>…<c>S3</c>, older <c>S4</c>…<c>S7</c>, opaque <c>FS4</c>/<c>FS5</c>)
/// read from the <b>file name</b>, upper-cased; the <c>--simulation</c> override wins. Folder decorations such as
/// <c>correctedS2</c> or <c>S0_revisedNov3</c> are not part of it (they go to <paramref name="Revision"/>), so a
/// corrected re-upload names the same experiment as the original. Null for static files.
/// </param>
/// <param name="FolderSimulation">Simulation parsed from the enclosing folder, when it names one.</param>
/// <param name="Revision">Folder decoration around the simulation (<c>corrected</c>, <c>revisedNov3</c>), if any.</param>
/// <param name="NonSimulationFolder">A known non-simulation folder the file sits in (<c>update</c>, <c>Ancillary</c>, …).</param>
/// <param name="VariableToken">The variable part of the name after stripping variants, as spelled in the file.</param>
/// <param name="Target">The matched table entry, or null (see <paramref name="Reason"/>).</param>
/// <param name="Companion">Land-fraction / cell-area kind, or None.</param>
/// <param name="Archive">Packing (.nc, .nc.gz, .nc.tar.gz, .nc.tar); a later stage reads through it or stages it.</param>
/// <param name="PftIndex">Index from a <c>_PFTnn</c> split file.</param>
/// <param name="FrequencyHint"><c>Annual</c>/<c>Monthly</c> when the name says so (YIBs, SDGVM).</param>
/// <param name="Qualifier"><c>OBS</c> or <c>mean_annual</c> when the name carries one.</param>
/// <param name="Disposition">What should happen to the file.</param>
/// <param name="Reason">Why the file is not converted (null for Convert).</param>
/// <param name="Rules">The name rules that fired, in order.</param>
/// <param name="Diagnostics">Warnings and notes (simulation mismatch, unknown prefix, override).</param>
public sealed record FileIdentity(
    string RelativePath,
    string? ModelDirectory,
    string Model,
    string? Prefix,
    string? Simulation,
    string? FolderSimulation,
    string? Revision,
    string? NonSimulationFolder,
    string? VariableToken,
    TargetSpec? Target,
    CompanionKind Companion,
    ArchiveKind Archive,
    int? PftIndex,
    string? FrequencyHint,
    string? Qualifier,
    FileDisposition Disposition,
    string? Reason,
    IReadOnlyList<NameRule> Rules,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The period of one part of a series split across files (<c>MODEL_S3_gpp_1901-1960.nc</c>), or null.</summary>
    public SeriesPeriod? Period { get; init; }

    /// <summary>True when the file name carries no simulation.</summary>
    public bool IsStatic => Simulation is null;

    public bool HasRule(string id) => Rules.Any(r => r.Id == id);
}
