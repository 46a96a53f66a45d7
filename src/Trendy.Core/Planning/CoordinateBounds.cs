namespace Trendy.Core.Planning;

/// <summary>Cell edges from cell centres when a file has no usable bounds (CF §7.1 leaves them optional).</summary>
public static class CoordinateBounds
{
    /// <summary>Pairs (lower, upper) per cell, flattened; edges halfway between centres, ends extrapolated.</summary>
    public static double[] FromCentres(IReadOnlyList<double> centres, double? clipMin = null, double? clipMax = null)
    {
        var n = centres.Count;
        var bounds = new double[n * 2];
        if (n == 1)
        {
            bounds[0] = centres[0] - 0.5;
            bounds[1] = centres[0] + 0.5;
        }

        for (var i = 0; i < n && n > 1; i++)
        {
            var lo = i == 0 ? centres[0] - ((centres[1] - centres[0]) / 2) : (centres[i - 1] + centres[i]) / 2;
            var hi = i == n - 1 ? centres[n - 1] + ((centres[n - 1] - centres[n - 2]) / 2) : (centres[i] + centres[i + 1]) / 2;
            bounds[2 * i] = Math.Min(lo, hi);
            bounds[(2 * i) + 1] = Math.Max(lo, hi);
        }

        for (var i = 0; i < bounds.Length; i++)
        {
            if (clipMin is { } mn) bounds[i] = Math.Max(mn, bounds[i]);
            if (clipMax is { } mx) bounds[i] = Math.Min(mx, bounds[i]);
        }

        return bounds;
    }

    /// <summary>Source bounds re-ordered to follow the output order, each pair sorted (lower, upper).</summary>
    public static double[] Reorder(IReadOnlyList<double> sourcePairs, Func<int, int> sourceIndex, int n)
    {
        var result = new double[n * 2];
        for (var i = 0; i < n; i++)
        {
            var s = sourceIndex(i);
            var a = sourcePairs[2 * s];
            var b = sourcePairs[(2 * s) + 1];
            result[2 * i] = Math.Min(a, b);
            result[(2 * i) + 1] = Math.Max(a, b);
        }

        return result;
    }

    /// <summary>True when every centre lies within its (lower, upper) pair, as ILAMB 2.x asserts (Variable.py:252-262).</summary>
    public static bool Contain(IReadOnlyList<double> centres, IReadOnlyList<double> pairs)
    {
        for (var i = 0; i < centres.Count; i++)
        {
            if (centres[i] < pairs[2 * i] - 1e-9 || centres[i] > pairs[(2 * i) + 1] + 1e-9) return false;
        }

        return true;
    }
}
