using System;
using System.IO;
using CrmKpi.Charts.Internal;
using ScottPlot;

namespace CrmKpi.Charts;

/// <summary>Renders a chart of this package to PNG bytes, a PNG file or SVG text, headless.</summary>
public static class ChartImage
{
    /// <summary>The default width in pixels: 900.</summary>
    public const int DefaultWidth = ChartStyle.Width;

    /// <summary>The default height in pixels: 520.</summary>
    public const int DefaultHeight = ChartStyle.Height;

    /// <summary>Renders a plot as PNG bytes.</summary>
    /// <param name="plot">The plot, as returned by a chart method of this package.</param>
    /// <param name="width">Width in pixels, 100 to 10,000.</param>
    /// <param name="height">Height in pixels, 100 to 10,000.</param>
    /// <returns>The PNG file's bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plot"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A size is out of range.</exception>
    public static byte[] Png(Plot plot, int width = DefaultWidth, int height = DefaultHeight)
    {
        ArgumentNullException.ThrowIfNull(plot);
        Check.InRange(width, 100, 10_000);
        Check.InRange(height, 100, 10_000);
        return plot.GetImageBytes(width, height, ImageFormat.Png);
    }

    /// <summary>Renders a plot to a PNG file.</summary>
    /// <param name="plot">The plot.</param>
    /// <param name="path">The file to write (replaced when it exists).</param>
    /// <param name="width">Width in pixels, 100 to 10,000.</param>
    /// <param name="height">Height in pixels, 100 to 10,000.</param>
    /// <exception cref="ArgumentNullException"><paramref name="plot"/> or <paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A size is out of range.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void SavePng(Plot plot, string path, int width = DefaultWidth, int height = DefaultHeight)
    {
        ArgumentNullException.ThrowIfNull(path);
        File.WriteAllBytes(path, Png(plot, width, height));
    }

    /// <summary>Renders a plot as an SVG document.</summary>
    /// <param name="plot">The plot.</param>
    /// <param name="width">Width in pixels, 100 to 10,000.</param>
    /// <param name="height">Height in pixels, 100 to 10,000.</param>
    /// <returns>The SVG text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plot"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A size is out of range.</exception>
    public static string Svg(Plot plot, int width = DefaultWidth, int height = DefaultHeight)
    {
        ArgumentNullException.ThrowIfNull(plot);
        Check.InRange(width, 100, 10_000);
        Check.InRange(height, 100, 10_000);
        return plot.GetSvgXml(width, height);
    }

    /// <summary>Renders a plot as a PNG data URI (<c>data:image/png;base64,...</c>), for an HTML page that must open offline.</summary>
    /// <param name="plot">The plot.</param>
    /// <param name="width">Width in pixels, 100 to 10,000.</param>
    /// <param name="height">Height in pixels, 100 to 10,000.</param>
    /// <returns>The data URI.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plot"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A size is out of range.</exception>
    public static string PngDataUri(Plot plot, int width = DefaultWidth, int height = DefaultHeight) =>
        "data:image/png;base64," + Convert.ToBase64String(Png(plot, width, height));
}
