namespace Trendy.Core.Planning;

/// <summary>
/// The output lat/lon grid and how source columns map onto it. Output latitude always ascends with
/// (south, north) bound pairs, the safest form for ILAMB 2.x (ilamb-contract.md §1.5, Part 3 item 2–3);
/// longitude keeps its range (0..360 or −180..180) but is made monotonic.
/// Source index of output row y: FlipLat ? nLat−1−y : y. Source index of output column x:
/// (FlipLon ? nLon−1−x : x), then rolled by LonShift.
/// </summary>
public sealed record HorizontalGrid(
    double[] Lat,
    double[] LatBounds,
    double[] Lon,
    double[] LonBounds,
    bool FlipLat,
    bool FlipLon,
    int LonShift,
    IReadOnlyList<string> Rules)
{
    public int NLat => Lat.Length;

    public int NLon => Lon.Length;

    /// <summary>True when every output cell comes from the same row and column of the source (no flip, no roll).</summary>
    public bool KeepsSourceOrder => !FlipLat && !FlipLon && LonShift % Math.Max(NLon, 1) == 0;

    public int LatSource(int y) => FlipLat ? NLat - 1 - y : y;

    public int LonSource(int x)
    {
        var i = FlipLon ? NLon - 1 - x : x;
        return (i + LonShift) % NLon;
    }
}
