using System;
using System.Linq;
using NodaTime;

namespace CrmKpi.Samples;

/// <summary>RFM scores and segments (catalog M7) of the CDNOW customers as of 1998-06-30, over the whole log.</summary>
public sealed class RfmSection : IReportSection
{
    public void Write(Report report, SampleData data)
    {
        CdnowLog log = data.Cdnow;
        var asOf = new LocalDate(1998, 6, 30);
        var window = new DateInterval(new LocalDate(1997, 1, 1), asOf);
        var values = new RfmValues[log.CustomerCount];
        var scores = new RfmScore[log.CustomerCount];
        Rfm.Table(log.Columns, window, asOf, RfmMonetary.Total, Rfm.DefaultBins, RfmScoring.RankBased, values, scores, new RfmWorkspace());
        RfmSegment[] segments = Rfm.Segments(scores, RfmSegmentRules.Default);
        long[] counts = Rfm.SegmentCounts(scores, RfmSegmentRules.Default);

        report.Section("RFM segments (CDNOW master log, as of 1998-06-30)");
        report.Text("  Window 1997-01-01 .. 1998-06-30; quintile scores, rank-based (ties in customer order); monetary = total spend.");
        report.Value("Customers scored", scores.Count(s => s.IsScored), "N0");
        report.Value("Customers without a purchase in the window", counts[(int)RfmSegment.NoPurchaseInWindow], "N0");
        report.Table(
            ["segment", "customers", "share", "mean recency (days)", "mean purchases", "mean spend (US$)"],
            Enum.GetValues<RfmSegment>().Where(s => s != RfmSegment.NoPurchaseInWindow).Select(segment =>
            {
                int[] members = Enumerable.Range(0, segments.Length).Where(c => segments[c] == segment).ToArray();
                string Mean(Func<RfmValues, double> f) => members.Length == 0 ? "-" : Report.Format(members.Average(c => f(values[c])), "N1");
                return (string[])[
                    segment.ToString(),
                    Report.Format(counts[(int)segment], "N0"),
                    Report.Format((double)counts[(int)segment] / scores.Length, "P1"),
                    Mean(v => v.RecencyDays),
                    Mean(v => v.Frequency),
                    Mean(v => v.Monetary),
                ];
            }));
        report.Text("  Segment rules: RfmSegmentRules.Default (R by the mean of F and M, halves up); see docs/rfm.md.");
    }
}
