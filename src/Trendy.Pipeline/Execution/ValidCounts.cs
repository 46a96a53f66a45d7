namespace Trendy.Pipeline.Execution;

/// <summary>Valid (non-fill) cell counts written, in total and for the first and last step, for verification.</summary>
internal sealed class ValidCounts(int steps)
{
    public long Total { get; private set; }

    public long FirstStep { get; private set; }

    public long LastStep { get; private set; }

    public void Add<T>(int first, int n, long validInSlab, long perStep, T[] buffer)
        where T : unmanaged, IComparable<T>
    {
        Total += validInSlab;
        if (first == 0) FirstStep = CountValid(buffer, 0, perStep);
        if (first + n == steps) LastStep = CountValid(buffer, (n - 1) * perStep, perStep);
    }

    private static long CountValid<T>(T[] buffer, long offset, long length)
        where T : unmanaged, IComparable<T>
    {
        long count = 0;
        for (var i = offset; i < offset + length; i++)
        {
            if (Convert.ToDouble(buffer[i], System.Globalization.CultureInfo.InvariantCulture) < 1e19) count++;
        }

        return count;
    }
}
