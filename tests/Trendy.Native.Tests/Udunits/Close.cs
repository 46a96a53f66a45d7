namespace Trendy.Native.Tests.Udunits;

/// <summary>Relative comparison for conversion factors spanning 1e-8 to 1e3.</summary>
internal static class Close
{
    public static void Equal(double expected, double actual, double relative = 1e-12)
    {
        var tolerance = relative * Math.Max(Math.Abs(expected), double.Epsilon);
        Assert.True(Math.Abs(expected - actual) <= tolerance, $"expected {expected:R}, got {actual:R} (relative tolerance {relative})");
    }
}
