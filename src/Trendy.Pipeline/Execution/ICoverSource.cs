namespace Trendy.Pipeline.Execution;

/// <summary>
/// The cover fractions of a cover-weighted PFT mean, slab by slab in output order (docs/quirks.md, "Per-PFT fields"):
/// a seam so <see cref="SlabStream"/> stays free of files. <see cref="CoverSlabReader"/> reads them from the model's
/// landCoverFrac file.
/// </summary>
internal interface ICoverSource
{
    /// <summary>Number of PFTs per cell.</summary>
    int Pfts { get; }

    /// <summary>Fills <paramref name="destination"/> with the cover of data steps first … first + n − 1, NaN where missing.</summary>
    void Read(int first, int n, double[] destination);
}
