namespace Trendy.Pipeline.Reporting;

/// <summary>The series after an update, how many outputs were read anew, and the outputs that could not be read (one line each).</summary>
public sealed record GlobalSeriesUpdate(IReadOnlyList<GlobalSeries> Series, int Read, IReadOnlyList<string> Problems);
