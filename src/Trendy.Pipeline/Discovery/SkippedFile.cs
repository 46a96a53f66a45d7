namespace Trendy.Pipeline.Discovery;

/// <summary>A file discovery decided not to convert, with a stable reason code and a one-line reason.</summary>
public sealed record SkippedFile(DiscoveredFile File, string Code, string Reason);
