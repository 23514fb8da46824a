using System;
using ScottPlot;

namespace CrmKpi.Charts.Internal;

/// <summary>
/// Draws a matrix as coloured cells (row 0 at the top), with optional text in each cell: the heatmap of
/// cohorts and the P(alive) and expected-purchase matrices. NaN cells are left blank.
/// </summary>
internal static class CellGrid
{
    /// <summary>Adds the cells of <paramref name="values"/> to <paramref name="plot"/>.</summary>
    /// <param name="plot">The plot.</param>
    /// <param name="values">The matrix <c>[row, column]</c>.</param>
    /// <param name="colourMax">The value drawn with the brightest colour (values above are clipped to it).</param>
    /// <param name="cellText">The text of a cell, or null for none.</param>
    /// <param name="flipRows">True to draw row 0 at the bottom instead of the top.</param>
    /// <param name="colourBarLabel">The label of a colour bar on the right edge, or null for none.</param>
    public static void Add(Plot plot, double[,] values, double colourMax, Func<double, string>? cellText, bool flipRows = false, string? colourBarLabel = null)
    {
        int rows = values.GetLength(0);
        int columns = values.GetLength(1);
        IColormap colormap = new ScottPlot.Colormaps.Viridis();
        float fontSize = columns <= 12 && rows <= 12 ? 12 : columns <= 20 && rows <= 20 ? 10 : 0;
        for (int r = 0; r < rows; r++)
        {
            double y = flipRows ? r : rows - 1 - r;
            for (int c = 0; c < columns; c++)
            {
                double v = values[r, c];
                if (double.IsNaN(v))
                {
                    continue;
                }

                double fraction = colourMax > 0 ? Math.Clamp(v / colourMax, 0, 1) : 0;
                Color colour = colormap.GetColor(fraction);
                var cell = plot.Add.Rectangle(c - 0.5, c + 0.5, y - 0.5, y + 0.5);
                cell.FillColor = colour;
                cell.LineWidth = 0.5f;
                cell.LineColor = Colors.White;
                if (cellText is not null && fontSize > 0)
                {
                    var text = plot.Add.Text(cellText(v), c, y);
                    text.LabelFontSize = fontSize;
                    text.LabelAlignment = Alignment.MiddleCenter;
                    text.LabelFontColor = fraction > 0.6 ? Colors.Black : Colors.White;
                }
            }
        }

        if (colourBarLabel is not null)
        {
            // The bar reads its scale from a heatmap; this one only carries the colour range and is not drawn.
            var scale = plot.Add.Heatmap(new double[,] { { 0, colourMax } });
            scale.Colormap = colormap;
            scale.IsVisible = false;
            var bar = plot.Add.ColorBar(scale);
            bar.Label = colourBarLabel;
            bar.LabelStyle.FontSize = 14;
        }

        plot.Axes.SetLimits(-0.5, columns - 0.5, -0.5, rows - 0.5);
        plot.Grid.IsVisible = false;
    }
}
