using Trendy.Core.Batch;
using Trendy.Pipeline.Reporting;

namespace Trendy.Pipeline.Tests.Reporting;

/// <summary>Hand-made items and outcomes covering every status, two failure codes and an awkward message.</summary>
internal static class ReportSamples
{
    public static readonly DateTimeOffset Start = new(2025, 3, 4, 10, 0, 0, TimeSpan.Zero);

    public static ReportEntry Entry(string model, string variable, WorkStatus status, string code = ReasonCodes.Ok, string message = "",
        long bytesIn = 0, long bytesOut = 0, double seconds = 0)
    {
        var item = new WorkItem($"S3/{model}/{variable}", $"/in/{model}/S3/{model}_S3_{variable}.nc", model, "S3", variable, bytesIn);
        var outcome = new WorkOutcome(item.Id, status, code, message)
        {
            OutputPath = status == WorkStatus.Converted ? $"/out/S3/{model}/{variable}_Lmon_{model}_S3_r1i1p1f1_gn_1700-2023.nc" : null,
            BytesIn = bytesIn,
            BytesOut = bytesOut,
            Seconds = seconds,
            PeakMemoryBytes = 123_456_789,
            Rules = status == WorkStatus.Converted ? ["units: gC m-2 month-1 -> kg m-2 s-1"] : [],
            Fixes = model == "JULES" ? ["JULES.time-origin"] : [],
            Diagnostics = status == WorkStatus.Failed ? [$"error {code} {message}"] : [],
        };
        return ReportEntry.From(item, outcome);
    }

    public static IReadOnlyList<ReportEntry> Mixed() =>
    [
        Entry("CLASSIC", "gpp", WorkStatus.Converted, bytesIn: 3 * 1024 * 1024, bytesOut: 1024 * 1024, seconds: 12.25),
        Entry("CLASSIC", "cVeg", WorkStatus.Failed, "UNIT010", "CLASSIC_S3_cVeg.nc › cVeg › units: expected a mass per area, found 'fraction'; fix the file",
            bytesIn: 2048, seconds: 0.5),
        Entry("JULES", "gpp", WorkStatus.Failed, "UNIT010", "JULES_S3_gpp.nc › gpp › units: expected a flux, found 'mon'; fix the file", bytesIn: 4096),
        Entry("JULES", "nbp", WorkStatus.UpToDate),
        Entry("JULES", "pftFrac", WorkStatus.Skipped, "NOT_ILAMB", "not a variable ILAMB scores"),
        Entry("ORCHIDEE", "lai", WorkStatus.Failed, ReasonCodes.WorkerCrash, "worker died | signal 11\nno output", bytesIn: 100, seconds: 2),
    ];

    /// <summary>Shaped like real run ids (the start time), with the shard number when there is one.</summary>
    public static string RunId(int minutesLater, string? shard) =>
        $"20250304T10{minutesLater:00}00Z{(shard is null ? "" : "-shard-" + shard.Split('/')[0])}";

    public static RunReport Report(IEnumerable<ReportEntry> entries, string? shard = null, int minutesLater = 0) =>
        RunReport.Create(
            RunId(minutesLater, shard), "0.1.0", Start.AddMinutes(minutesLater),
            Start.AddMinutes(minutesLater + 10).AddSeconds(5), "/in", "/out",
            new Dictionary<string, string> { ["jobs"] = "4", ["force"] = "false" }, shard, entries);
}
