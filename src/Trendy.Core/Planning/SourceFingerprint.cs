namespace Trendy.Core.Planning;

/// <summary>
/// Identifies the input an output was made from, recorded in the output's global attributes so that a rerun
/// can skip up-to-date outputs without any central state file (issue #4, resume).
/// </summary>
public sealed record SourceFingerprint(string FileName, long Size, DateTimeOffset Modified, string HeaderSha256);
