using System.Globalization;
using Trendy.Core;
using Trendy.Core.Planning;

namespace Trendy.Pipeline.Conversion;

/// <summary>
/// The settings of one conversion run, the same for every file: what the CLI parsed, as the coordinator hands it to
/// every worker inside the versioned worker request (<see cref="Scheduling.WorkerRequest"/>). Plain data, so it
/// serialises as-is; paths are absolute.
/// </summary>
/// <param name="OutputRoot">The output folder (`-o`).</param>
/// <param name="Options">The options that change output bytes (memory budget, deflate level, format).</param>
/// <param name="StagingFolder">The run's private folder where archives are unpacked (inside `--tmp`).</param>
/// <param name="CommandLine">The user's command line, recorded in every output's <c>history</c>.</param>
/// <param name="FixesFile">`--fixes FILE.json`, merged over the embedded fix table; null for none.</param>
/// <param name="Force">`--force`: convert even when the output is up to date.</param>
public sealed record ConversionSettings(
    string OutputRoot,
    ConvertOptions Options,
    string StagingFolder,
    string CommandLine,
    string? FixesFile = null,
    bool Force = false)
{
    /// <summary>The service these settings describe (see <see cref="ConversionService.Create"/>).</summary>
    public ConversionService CreateService() => ConversionService.Create(FixesFile);

    /// <summary>Globals that depend on the clock and the invocation, added at write time (planning stays pure).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> ExtraGlobals(DateTimeOffset now) =>
    [
        new("history", $"{now.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}: {CommandLine}"),
        new("creation_date", now.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)),
        new(ProductVersion.AttributeName, ProductVersion.Current),
    ];
}
