namespace Trendy.Core.Cf.Metadata;

/// <summary>One breach of a CF rule in a file: the CF 1.8 section it breaks and what is wrong.</summary>
public sealed record CfFinding(string Section, string Problem);
