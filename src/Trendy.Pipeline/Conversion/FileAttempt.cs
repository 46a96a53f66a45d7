using Trendy.Core.Identify;
using Trendy.Core.Inventory;
using Trendy.Core.Planning;

namespace Trendy.Pipeline.Conversion;

/// <summary>One file taken as far as planning: its identity, header (when readable), and the plan result or the fault that stopped it.</summary>
public sealed record FileAttempt(
    string Path,
    FileIdentity Identity,
    DatasetHeader? Header,
    PlanResult? Plan,
    string? Fault);
