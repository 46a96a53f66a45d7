namespace Trendy.Pipeline.Tests.Reporting;

/// <summary>A clock that always says the same time, so rendered summaries can be compared as text.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public static readonly FixedClock Noon = new(new DateTimeOffset(2025, 3, 4, 12, 0, 0, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => now;
}
