using System;
using System.Collections.Generic;
using System.Linq;
using System.CommandLine;
using CrmKpi.Data;
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
        var chunkRows = new Option<int?>("--chunk-rows")
        {
            Description = "Read a CSV file larger than memory in chunks of this many rows (1048576 is a good size): only one chunk and the per-customer state are held, and the table is the same. --from then defaults to 0001-01-01 (the same values as the file's first date).",
            HelpName = "rows",
        };
        var command = new Command("rfm", "RFM scores and segments of a purchase log (catalog M7): writes the per-customer table and shows the customers per segment.");
        input.AddTo(command, transactions: true);
        foreach (Option option in (Option[])[asOf, bins, scoring, monetary, chunkRows, .. Array.ConvertAll(columns, c => (Option)c.Option)])
        {
            command.Options.Add(option);
        }

        command.SetAction(result => Program.Guarded(() =>
        {
            LocalDate date = InputOptions.ParseDate(result.GetValue(asOf)!, "--as-of");
            if (result.GetValue(chunkRows) is int rows)
            {
                return ComputeCommandLine.RunChunked(result, input, () => ChunkedTables(result, input, columns, rows, date, result.GetValue(bins), result.GetValue(scoring), result.GetValue(monetary)), fileTables: 1);
            }

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
    public static ResultTable[] Tables(TransactionLog log, DateInterval window, LocalDate asOf, int bins, RfmScoring scoring, RfmMonetary monetary) =>
        Tables(log.Customers, Rfm.Values(log, window, asOf, monetary), bins, scoring);

    /// <summary>The tables of a file read in chunks into the customers' activity (<c>--chunk-rows</c>).</summary>
    private static ResultTable[] ChunkedTables(ParseResult result, InputOptions input, ColumnOption[] columns, int chunkRows, LocalDate asOf, int bins, RfmScoring scoring, RfmMonetary monetary)
    {
        DateInterval window = input.Window(result, [new LocalDate(1, 1, 1)], asOf);
        if (window.End > asOf)
        {
            throw new CliException($"--to {window.End:yyyy-MM-dd} is after --as-of {asOf:yyyy-MM-dd}: recency is measured to --as-of, which must not be before the window's end.");
        }

        var activity = new CustomerActivityAccumulator(window);
        CustomerKeys keys = input.ReadTransactionsInChunks(result, columns, chunkRows, activity.Add);
        return Tables(keys, Rfm.Values(activity.Activities, asOf, monetary), bins, scoring);
    }

    private static ResultTable[] Tables(CustomerKeys map, RfmValues[] values, int bins, RfmScoring scoring)
    {
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
    /// need no million boxed rows in memory at once, and CSV gets its cells without boxing.
    /// </summary>
    private sealed class CustomerRows(CustomerKeys keys, RfmValues[] values, RfmScore[] scores, RfmSegment[] segments) : IReadOnlyList<object[]>, ICsvRows
    {
        // Score codes ("543") by (r, f, m), each made once: at most 11^3 of them.
        private readonly string?[] _codes = new string?[11 * 11 * 11];

        // Segment names by value, made once.
        private readonly string?[] _segmentNames = SegmentNames();

        public int Count => keys.Count;

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        public void WriteCsv(int index, Output.CsvCellWriter writer)
        {
            RfmValues v = values[index];
            RfmScore s = scores[index];
            writer.Text(keys.KeySpan(index));
            if (v.HasPurchase)
            {
                writer.Number((long)v.RecencyDays);
            }
            else
            {
                writer.Text("");
            }

            writer.Number((long)v.Frequency);
            writer.Number(v.Monetary);
            writer.Number((long)s.Recency);
            writer.Number((long)s.Frequency);
            writer.Number((long)s.Monetary);
            writer.Text(s.IsScored ? Code(s) : "");
            RfmSegment segment = segments[index];
            writer.Text((uint)segment < (uint)_segmentNames.Length && _segmentNames[(int)segment] is { } name ? name : segment.ToString());
        }

        private static string?[] SegmentNames()
        {
            RfmSegment[] all = Enum.GetValues<RfmSegment>();
            var names = new string?[all.Max(s => (int)s) + 1];
            foreach (RfmSegment segment in all)
            {
                names[(int)segment] = segment.ToString();
            }

            return names;
        }

        private string Code(RfmScore s)
        {
            if (s.Recency > 10 || s.Frequency > 10 || s.Monetary > 10)
            {
                return s.ToString();
            }

            int slot = (((s.Recency * 11) + s.Frequency) * 11) + s.Monetary;
            return _codes[slot] ??= s.ToString();
        }

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
