namespace Trendy.Pipeline.Synthesis;

/// <summary>
/// Deterministic noise from (seed, key, index) via FNV-1a and SplitMix64. System.Random is avoided because
/// its sequence for a seed is not a documented contract; the synthetic tree must be byte-stable per seed.
/// </summary>
internal static class SynthNoise
{
    public static ulong Hash(string key)
    {
        var h = 14695981039346656037UL;
        foreach (var c in key)
        {
            h ^= c;
            h *= 1099511628211UL;
        }

        return h;
    }

    /// <summary>A value in [-1, 1).</summary>
    public static double Signed(ulong stream, long index)
    {
        var z = stream + ((ulong)index * 0x9E3779B97F4A7C15UL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return ((z >> 11) * (1.0 / (1UL << 53)) * 2.0) - 1.0;
    }
}
