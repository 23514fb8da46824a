using System;
using System.Linq;
using System.Text.RegularExpressions;
using NodaTime;
using Xunit;

namespace CrmKpi.Charts.Tests;

public sealed class HtmlReportTests
{
    [Fact]
    public void Page_escapes_text_and_lists_its_sections()
    {
        var report = new HtmlReport("A <b> report");
        report.Section("one", "First & best").Paragraph("x < y").Table("t", ["a", "b"], [["1", "<i>"]]);
        report.Section("two", "Second").Note("skipped");
        string html = report.ToHtml();
        Assert.Contains("<title>A &lt;b&gt; report</title>", html, StringComparison.Ordinal);
        Assert.Contains("<h2>First &amp; best</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<td>&lt;i&gt;</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"n\">1</td>", html, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Matches(html, "<section id=").Count);
        Assert.Equal(2, Regex.Matches(html, "</section>").Count);
        Assert.Equal(["one", "two"], report.Sections.Select(s => s.Id));
    }

    [Fact]
    public void Bad_sections_and_rows_throw()
    {
        var report = new HtmlReport("r");
        report.Section("a", "A");
        Assert.Throws<ArgumentException>(() => report.Section("a", "again"));
        Assert.Throws<ArgumentException>(() => report.Section("Bad Id", "x"));
        Assert.Throws<ArgumentException>(() => report.Table(null, ["a", "b"], [["only one"]]));
        Assert.Throws<ArgumentException>(() => new HtmlReport(" "));
    }

    [Fact]
    public void Charts_are_inline_png_and_the_page_requests_nothing()
    {
        var report = new HtmlReport("r");
        report.Section("c", "Chart").Chart(SatisfactionCharts.Nps(SatisfactionCharts.NpsData([1, 9, 10])), "NPS", 400, 300);
        string html = report.ToHtml();
        Assert.Matches("<img src=\"data:image/png;base64,[A-Za-z0-9+/=]+\" width=\"400\" height=\"300\"", html);
        AssertSelfContained(html);
    }

    [Fact]
    public void Kpi_report_over_a_small_log_has_every_section_and_notes_what_it_skips()
    {
        // Six customers over three months: too few repeat buyers for the CLV models, which the report says.
        int[] ids = [0, 0, 1, 1, 2, 3, 4, 5, 0];
        LocalDate[] dates = [new(2024, 1, 2), new(2024, 2, 2), new(2024, 1, 5), new(2024, 3, 5), new(2024, 2, 9), new(2024, 2, 10), new(2024, 3, 1), new(2024, 3, 20), new(2024, 3, 30)];
        double[] amounts = [10, 20, 30, 40, 50, 60, 70, 80, 90];
        var orders = new ReportOrders(ids, dates, amounts, 6, new InputSummary("orders.csv", 9, 1));
        var calls = new ReportCalls([5, 40, 1], [100, 0, 60], [0, 0, 0], [10, 0, 5], [false, true, false], [false, false, false], new InputSummary("calls.csv", 3, 0))
            .WithIntervals([0, 0, 1], 2, 1800, 8 * 3600);
        var survey = new ReportSurvey(new InputSummary("survey.csv", 4, 0)) { Nps = [10, 9, 3, 8], Csat = [5, 4, 4, 1] };
        var lines = new System.Collections.Generic.List<string>();
        HtmlReport report = KpiReport.Build(orders, calls, survey, progress: lines.Add);
        Assert.Equal(["inputs", "retention", "rfm", "clv", "service", "survey", "definitions"], report.Sections.Select(s => s.Id));
        Assert.Equal(["retention", "rfm", "clv", "service", "survey"], lines);
        string html = report.ToHtml();
        Assert.Contains("<td>orders.csv</td><td class=\"n\">9</td><td class=\"n\">1</td><td>2024-01-02 to 2024-03-30, 6 customers</td>", html, StringComparison.Ordinal);
        Assert.Contains("No CLV models", html, StringComparison.Ordinal);
        Assert.Contains("NPS", html, StringComparison.Ordinal);
        // NPS of 10, 9, 3, 8: (2 - 1) / 4 = 25.0.
        Assert.Contains("<td>NPS</td><td class=\"n\">25.0</td>", html, StringComparison.Ordinal);
        AssertSelfContained(html);
    }

    [Fact]
    public void Kpi_report_says_why_it_leaves_out_the_staffing_curves()
    {
        var orders = new ReportOrders([0, 0], [new LocalDate(2024, 1, 2), new LocalDate(2024, 2, 2)], [1.0, 2], 1, new InputSummary("o.csv", 2, 0));
        // Every call abandoned: no handle time, so no load to staff for.
        var calls = new ReportCalls([30, 50], [0, 0], [0, 0], [0, 0], [true, true], [false, false], new InputSummary("c.csv", 2, 0)).WithIntervals([0, 1], 2, 1800);
        string html = KpiReport.Build(orders, calls).ToHtml();
        Assert.Contains("No staffing curves", html, StringComparison.Ordinal);
        // Without an interval column the note names what is missing.
        var noIntervals = new ReportCalls([30], [10], [0], [0], [false], [false], new InputSummary("c.csv", 1, 0));
        Assert.Contains("no interval column", KpiReport.Build(orders, noIntervals).ToHtml(), StringComparison.Ordinal);
    }

    /// <summary>No attribute points outside the page: every src is a data URI, every href an in-page anchor, no script, no CSS url() or @import.</summary>
    internal static void AssertSelfContained(string html)
    {
        foreach (Match m in Regex.Matches(html, "(src|href)=\"([^\"]*)\""))
        {
            string value = m.Groups[2].Value;
            Assert.True(value.StartsWith("data:", StringComparison.Ordinal) || value.StartsWith('#'), $"external reference: {value[..Math.Min(60, value.Length)]}");
        }

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
    }
}
