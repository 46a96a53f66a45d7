namespace Trendy.Native.Netcdf;

/// <summary>Start/count helpers shared by reads and writes.</summary>
internal static class Slab
{
    public static (nuint[] Start, nuint[] Count) Native(ReadOnlySpan<long> start, ReadOnlySpan<long> count)
    {
        if (start.Length != count.Length) throw new ArgumentException("start and count must have the same rank");
        var s = new nuint[Math.Max(start.Length, 1)];
        var c = new nuint[Math.Max(count.Length, 1)];
        for (var i = 0; i < start.Length; i++)
        {
            if (start[i] < 0 || count[i] < 0) throw new ArgumentOutOfRangeException(nameof(start), "negative start or count");
            s[i] = (nuint)start[i];
            c[i] = (nuint)count[i];
        }

        return (s, c);
    }

    public static void CheckCapacity(ReadOnlySpan<long> count, int capacity, string file, string variable)
    {
        long n = 1;
        foreach (var c in count) n *= c;
        if (n > capacity)
        {
            throw new NcException("hyperslab", 0, $"buffer holds {capacity} values but the slab has {n}", file, variable);
        }
    }
}
