using Trendy.Core;

namespace Trendy.Cli;

/// <summary>The command line itself is wrong (exit status 2).</summary>
public sealed class UsageException(string message) : TrendyException(message);
