using System;
using System.Collections.Generic;
using System.CommandLine;
using CrmKpi.Cli.Data;
using NodaTime;

namespace CrmKpi.Cli.Compute;

/// <summary>
/// <c>crmkpi rfm FILE --as-of DATE</c>: the per-customer RFM table of a purchase log (recency, frequency,
/// monetary value, their scores, the combined code and the segment) and the customers per segment.
/// </summary>
internal static class RfmCommand
{
    public static Command Build()
    {
        var input = new InputOptions();
        ColumnOption[] columns = TransactionKpis.Columns()[..3];
        var asOf = new Option<string>("--as-of")
        {
            Description = "The date recency is measured to, yyyy-MM-dd; also the default end of the window (--to).",
            Required = true,
            HelpName = "date",
        };
        var bins = new Option<int>("--bins") { Description = "The number of score bins, 2 to 10 (5: quintiles).", DefaultValueFactory = _ => Rfm.DefaultBins, HelpName = "k" };
        var scoring = new Option<RfmScoring>("--scoring")
        {
            Description = "How equal values are binned: RankBased (ties ranked in order of first appearance, as pandas rank(method='first')) or ValueBased (equal values share a score).",
            DefaultValueFactory = _ => RfmScoring.RankBased,
        };
        var monetary = new Option<RfmMonetary>("--monetary")
        {
            Description = "The monetary value: Total spend in the window, or AveragePerPurchase.",
            DefaultValueFactory = _ => RfmMonetary.Total,
        };
        var command = new Command("rfm", "RFM scores and segments of a purchase log (catalog M7): writes the per-customer table and shows the customers per segment.");
        input.AddTo(command, transactions: true);
        foreach (Option option in (Option[])[asOf, bins, scoring, monetary, .. Array.ConvertAll(columns, c => (Option)c.Option)])
        {
            command.Options.Add(option);
        }

        command.SetAction(result => Program.Guarded(() =>
        {
            LocalDate date = InputOptions.ParseDate(result.GetValue(asOf)!, "--as-of");
            return ComputeCommandLine.RunTransactions(
                result,
                input,
                columns,
                log => Tables(log, input.Window(result, log, date), date, result.GetValue(bins), result.GetValue(scoring), result.GetValue(monetary)),
                fileTables: 1);
        }));
        return command;
    }

    /// <summary>The customer table and the segment counts.</summary>
    public static ResultTable[] Tables(TransactionLog log, DateInterval window, LocalDate asOf, int bins, RfmScoring scoring, RfmMonetary monetary)
    {
        CustomerKeys map = log.Customers;
        RfmValues[] values = Rfm.Values(log, window, asOf, monetary);
        RfmScore[] scores = Rfm.Score(values, bins, scoring);
        RfmSegmentRules rules = RfmSegmentRules.ForBins(bins);
        RfmSegment[] segments = Rfm.Segments(scores, rules);

        var rows = new CustomerRows(map, values, scores, segments);
        long[] counts = Rfm.SegmentCounts(scores, rules);
        var segmentRows = new List<object[]>();
        foreach (RfmSegment segment in Enum.GetValues<RfmSegment>())
        {
            segmentRows.Add([segment.ToString(), counts[(int)segment], (double)counts[(int)segment] / map.Count]);
        }

        return
        [
            new ResultTable("customers", ["customer", "recency_days", "frequency", "monetary", "r", "f", "m", "code", "segment"], rows),
            new ResultTable("segments", ["segment", "customers", "share"], segmentRows),
        ];
    }

    /// <summary>
    /// The customer table's rows, made one at a time as the writer asks for them: a million customers
    /// need no million boxed rows in memory at once.
    /// </summary>
    private sealed class CustomerRows(CustomerKeys keys, RfmValues[] values, RfmScore[] scores, RfmSegment[] segments) : IReadOnlyList<object[]>
    {
        public int Count => keys.Count;

        public object[] this[int index]
        {
            get
            {
                RfmValues v = values[index];
                RfmScore s = scores[index];
                return
                [
                    keys.KeyAt(index), v.HasPurchase ? (long)v.RecencyDays : (object)"", (long)v.Frequency, v.Monetary,
                    (long)s.Recency, (long)s.Frequency, (long)s.Monetary, s.IsScored ? s.ToString() : (object)"", segments[index].ToString(),
                ];
            }
        }

        public IEnumerator<object[]> GetEnumerator()
        {
            for (int i = 0; i < Count; i++)
            {
                yield return this[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
