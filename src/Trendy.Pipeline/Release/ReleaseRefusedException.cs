using Trendy.Core;

namespace Trendy.Pipeline.Release;

/// <summary>The run cannot start as asked (a selection that matches nothing, an unusable `--tmp`): a usage error, nothing written.</summary>
public sealed class ReleaseRefusedException(string message) : TrendyException(message);
