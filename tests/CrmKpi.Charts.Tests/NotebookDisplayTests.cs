using System;
using CrmKpi.Charts.Notebook;
using Microsoft.DotNet.Interactive.Formatting;
using NodaTime;
using Xunit;

namespace CrmKpi.Charts.Tests;

public sealed class NotebookDisplayTests
{
    [Fact]
    public void Registered_formatters_show_results_as_html_tables()
    {
        NotebookDisplay.Register();
        // 6 promoters, 2 passives, 2 detractors of 10: NPS 40.
        string nps = Formatter.ToDisplayString(Satisfaction.Nps(6, 2, 2), HtmlFormatter.MimeType);
        Assert.Contains("<b>NPS 40.0</b>", nps, StringComparison.Ordinal);
        Assert.Contains("<tr><td>passives (7-8)</td><td>2</td><td>20%</td></tr>", nps, StringComparison.Ordinal);
        string model = Formatter.ToDisplayString(new BetaGeo(0.243, 4.414, 0.793, 2.426), HtmlFormatter.MimeType);
        Assert.Contains("<tr><td>alpha</td><td>4.414</td></tr>", model, StringComparison.Ordinal);
        Assert.Contains("data:image/png;base64,", model, StringComparison.Ordinal);
        Assert.StartsWith("<img src=\"data:image/png;base64,", Formatter.ToDisplayString(SatisfactionCharts.Nps(SatisfactionCharts.NpsData([9])), HtmlFormatter.MimeType), StringComparison.Ordinal);
    }

    [Fact]
    public void Cohort_table_shows_only_non_empty_cohorts_with_their_shares()
    {
        // c0 buys in January and March, c1 in January only, c2 first in March; February has no new customer.
        var log = new TransactionColumns([0, 0, 1, 2], [new LocalDate(2024, 1, 3), new LocalDate(2024, 3, 3), new LocalDate(2024, 1, 9), new LocalDate(2024, 3, 9)], [1.0, 1, 1, 1], 3);
        string html = NotebookDisplay.CohortTableHtml(Retention.Cohorts(log, new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 3, 31)), PeriodUnit.Month));
        Assert.Contains("3 monthly cohorts, 3 customers", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>2024-01-01</td><td>2</td><td>100%</td><td>0%</td><td>50%</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>2024-03-01</td><td>1</td><td>100%</td><td></td><td></td></tr>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>2024-02-01</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Rfm_and_call_center_tables_carry_their_counts()
    {
        RfmScore[] scores = [new(5, 5, 5), new(5, 5, 4), new(1, 1, 1), default];
        string rfm = NotebookDisplay.RfmScoresHtml(scores);
        Assert.Contains("4 customers, 5 bins", rfm, StringComparison.Ordinal);
        Assert.Contains("<tr><td>Champions</td><td>2</td><td>50%</td></tr>", rfm, StringComparison.Ordinal);
        Assert.Contains("<tr><td>No purchase</td><td>1</td><td>25%</td></tr>", rfm, StringComparison.Ordinal);
        string values = NotebookDisplay.RfmValuesHtml([new RfmValues(10, 2, 30), new RfmValues(20, 4, 50), RfmValues.NoPurchase]);
        Assert.Contains("3 customers, 2 with a purchase", values, StringComparison.Ordinal);
        // Two answered calls (10 s and 30 s waits) and one abandoned after 40 s: ASA 20 s.
        CallCenterSummary s = CallCenter.Summarize(new CallColumns([10, 30, 40], [100, 200, 0], [0, 0, 0], [10, 20, 0], [false, false, true], [false, false, false]), NodaTime.Duration.FromSeconds(20), NodaTime.Duration.FromSeconds(5));
        string calls = NotebookDisplay.CallCenterHtml(s);
        Assert.Contains("3 calls", calls, StringComparison.Ordinal);
        Assert.Contains("<td>3 / 2 / 1 / 0</td>", calls, StringComparison.Ordinal);
        Assert.Contains("<td>20.0 s</td>", calls, StringComparison.Ordinal);
    }
}
