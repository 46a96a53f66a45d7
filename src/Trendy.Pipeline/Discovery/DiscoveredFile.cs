using Trendy.Core.Identify;

namespace Trendy.Pipeline.Discovery;

/// <summary>One file found under a release root, with what identification made of it.</summary>
public sealed record DiscoveredFile(string Path, string RelativePath, long Size, FileIdentity Identity);
