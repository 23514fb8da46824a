using System;
using Xunit;

namespace CrmKpi.Charts.Tests;

public sealed class ChartImageTests
{
    [Fact]
    public void Png_and_svg_render_headless()
    {
        ScottPlot.Plot plot = SatisfactionCharts.Nps(SatisfactionCharts.NpsData([0, 7, 9, 10]));
        byte[] png = ChartImage.Png(plot, 320, 240);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
        Assert.StartsWith("data:image/png;base64,", ChartImage.PngDataUri(plot, 320, 240), StringComparison.Ordinal);
        Assert.Contains("<svg", ChartImage.Svg(plot, 320, 240), StringComparison.Ordinal);
    }

    [Fact]
    public void Sizes_are_checked()
    {
        ScottPlot.Plot plot = SatisfactionCharts.Nps(SatisfactionCharts.NpsData([0]));
        Assert.Equal("width", Assert.Throws<ArgumentOutOfRangeException>(() => ChartImage.Png(plot, 10, 240)).ParamName);
        Assert.Equal("height", Assert.Throws<ArgumentOutOfRangeException>(() => ChartImage.Svg(plot, 320, 20_000)).ParamName);
        Assert.Throws<ArgumentNullException>(() => ChartImage.Png(null!));
    }
}
