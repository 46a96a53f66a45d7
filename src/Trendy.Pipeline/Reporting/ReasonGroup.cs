using Trendy.Core.Batch;

namespace Trendy.Pipeline.Reporting;

/// <summary>Items of one status sharing a reason code, with the first (by id) as the example.</summary>
internal sealed record ReasonGroup(WorkStatus Status, string Code, int Count, ReportEntry Example);
