namespace Trendy.Pipeline.Conversion;

/// <summary>
/// Test-only seam: makes a named conversion stage throw, so tests can prove the per-file barrier
/// (<see cref="FileBarrier"/>) holds in every mode. Set in process through <see cref="Override"/>, or for worker
/// processes through the environment variable <c>TRENDY2ILAMB_TEST_THROW=STAGE[:TEXT]</c> (read once), which throws in
/// STAGE for every input whose path contains TEXT. Never set in production; documented in docs/codes.md.
/// </summary>
public static class TestFault
{
    public const string Variable = "TRENDY2ILAMB_TEST_THROW";

    /// <summary>After the input is opened and planned, before the output is created.</summary>
    public const string Plan = "plan";

    /// <summary>After the first slab was written to the temporary output.</summary>
    public const string Write = "write";

    /// <summary>While a model folder's companions are written.</summary>
    public const string Companions = "companions";

    private static readonly Lazy<string?> FromEnvironment = new(() => Environment.GetEnvironmentVariable(Variable));

    /// <summary>"STAGE[:TEXT]" for the conversions of the current async flow (null: the environment decides).</summary>
    internal static readonly AsyncLocal<string?> Override = new();

    /// <summary>Throws <see cref="InvalidOperationException"/> when the seam asks for <paramref name="stage"/> on <paramref name="path"/>.</summary>
    public static void At(string stage, string path)
    {
        if ((Override.Value ?? FromEnvironment.Value) is not { Length: > 0 } spec) return;
        var colon = spec.IndexOf(':', StringComparison.Ordinal);
        var wanted = colon < 0 ? spec : spec[..colon];
        var text = colon < 0 ? "" : spec[(colon + 1)..];
        if (wanted == stage && path.Contains(text, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"deliberate test fault in stage '{stage}' ({Variable})");
        }
    }
}
