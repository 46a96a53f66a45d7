using ScottPlot;

namespace Trendy.Pipeline.Reporting;

/// <summary>
/// The report's pictures, drawn with ScottPlot (SkiaSharp underneath, PNG): per variable and simulation every
/// model's global annual series on one axis, and per output a small map of its time mean.
/// </summary>
public static class ReportPlots
{
    private const int SeriesWidth = 720;
    private const int SeriesHeight = 360;
    private const int MapWidth = 300;
    private const int MapHeight = 170;

    /// <summary>Writes a PNG of every series of one variable in one simulation (all in the same units).</summary>
    public static void SeriesPng(string path, string title, IReadOnlyList<GlobalSeries> series)
    {
        var plot = new Plot();
        foreach (var s in series.OrderBy(s => s.Model, StringComparer.Ordinal))
        {
            var points = s.Years.Zip(s.Values).Where(p => double.IsFinite(p.Second)).ToList();
            if (points.Count == 0) continue;
            var line = plot.Add.Scatter(points.Select(p => (double)p.First).ToArray(), points.Select(p => p.Second).ToArray());
            line.LegendText = s.Model;
            line.MarkerSize = points.Count == 1 ? 6 : 0;
        }

        plot.Title(title);
        plot.XLabel("year");
        plot.YLabel(series.Count > 0 ? series[0].Units : "");
        // Outside the data area: a legend inside hides the series that end in its corner.
        plot.ShowLegend(Edge.Right);
        plot.SavePng(path, SeriesWidth, SeriesHeight);
    }

    /// <summary>Writes a PNG map of <paramref name="map"/> (north up), cells without data left blank.</summary>
    public static void MapPng(string path, string title, TimeMeanMap map)
    {
        var rows = map.Lat.Count;
        var cols = map.Lon.Count;
        var grid = new double[rows, cols];
        var northFirst = rows > 1 && map.Lat[0] < map.Lat[rows - 1];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < cols; c++) grid[northFirst ? rows - 1 - r : r, c] = map.Values[(r * cols) + c];
        }

        var plot = new Plot();
        var heat = plot.Add.Heatmap(grid);
        heat.Colormap = new ScottPlot.Colormaps.Viridis();
        heat.NaNCellColor = Colors.LightGray;
        heat.Extent = new CoordinateRect(map.Lon.Min(), map.Lon.Max(), map.Lat.Min(), map.Lat.Max());
        plot.Add.ColorBar(heat);
        plot.Title(title, size: 11);
        plot.Axes.Margins(0, 0);
        plot.SavePng(path, MapWidth, MapHeight);
    }
}
