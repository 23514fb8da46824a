using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Xunit;

namespace CrmKpi.Data.Tests;

// Writing a random log to CSV in any dialect and reading it back gives the same log. The oracle is the
// generated rows themselves: keys in order of first appearance, dates, amounts in whole cents, items.
public class TransactionCsvRoundTripTests
{
    private static readonly char[] Separators = [',', ';', '|', '\t', ' '];
    private static readonly string[] Cultures = ["", "en-US", "de-DE", "fr-FR", "zh-CN"];
    private const string KeyChars = "abcXYZ019 ,;|\"'\n\r\téü日本-_.()#";

    private sealed record Row(string Key, LocalDate Date, long Cents, int Items);

    [Fact]
    public void RandomLog_WrittenInAnyDialect_ReadsBackTheSame() =>
        Prop.ForAll(
            Gen.Choose(0, int.MaxValue).ToArbitrary(),
            seed =>
            {
                var random = new Random(seed);
                List<Row> rows = RandomRows(random);
                char separator = Separators[random.Next(Separators.Length)];
                CultureInfo culture = CultureInfo.GetCultureInfo(Cultures[random.Next(Cultures.Length)]);
                bool quoteAll = random.Next(2) == 0;
                bool grouped = random.Next(2) == 0;
                string newline = random.Next(2) == 0 ? "\n" : "\r\n";
                bool bom = random.Next(2) == 0;
                bool finalNewline = random.Next(4) != 0;
                byte[] file = Write(rows, separator, culture, quoteAll, grouped, newline, bom, finalNewline);

                var options = new TransactionCsvOptions { Separator = separator, Culture = culture };
                TransactionLog log = TransactionCsv.Read(new MemoryStream(file), "random.csv", options).Log;
                return Same(rows, log);
            })
        .Check(Config.QuickThrowOnFailure.WithMaxTest(300));

    private static bool Same(List<Row> rows, TransactionLog log)
    {
        if (log.Length != rows.Count || !log.HasItemCounts)
        {
            return false;
        }

        var firstSeen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < rows.Count; i++)
        {
            Row row = rows[i];
            int expectedIndex = firstSeen.TryGetValue(row.Key, out int known) ? known : firstSeen[row.Key] = firstSeen.Count;
            if (log.CustomerIndexes[i] != expectedIndex || log.CustomerKey(expectedIndex) != row.Key
                || log.Dates[i] != row.Date || log.Amounts[i] != row.Cents / 100.0 || log.ItemCounts[i] != row.Items)
            {
                return false;
            }
        }

        return log.CustomerCount == firstSeen.Count;
    }

    private static List<Row> RandomRows(Random random)
    {
        int keyCount = random.Next(1, 12);
        string[] keys = [.. Enumerable.Range(0, keyCount).Select(_ => RandomKey(random))];
        int count = random.Next(0, 40);
        var rows = new List<Row>(count);
        for (int i = 0; i < count; i++)
        {
            long cents = random.Next(5) == 0 ? random.NextInt64(-1_000_000_000, 1_000_000_000) : random.Next(-500, 100_000);
            rows.Add(new Row(keys[random.Next(keyCount)], new LocalDate(1990, 1, 1).PlusDays(random.Next(0, 20_000)), cents, random.Next(0, 1000)));
        }

        return rows;
    }

    // Keys are trimmed of spaces when read, so they neither start nor end with one; never empty.
    private static string RandomKey(Random random)
    {
        var key = new StringBuilder();
        int length = random.Next(1, 8);
        for (int i = 0; i < length; i++)
        {
            key.Append(KeyChars[random.Next(KeyChars.Length)]);
        }

        string text = key.ToString().Trim(' ');
        return text.Length == 0 ? "k" : text;
    }

    private static byte[] Write(List<Row> rows, char separator, CultureInfo culture, bool quoteAll, bool grouped, string newline, bool bom, bool finalNewline)
    {
        var text = new StringBuilder();
        string sep = separator.ToString();
        text.Append(string.Join(sep, new[] { "customer_id", "order_date", "amount", "quantity" }.Select(h => Field(h, separator, quoteAll))));
        foreach (Row row in rows)
        {
            text.Append(newline);
            decimal amount = row.Cents / 100m;
            string[] fields =
            [
                row.Key,
                row.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                amount.ToString(grouped ? "N2" : "F2", culture),
                row.Items.ToString(CultureInfo.InvariantCulture),
            ];
            text.Append(string.Join(sep, fields.Select(f => Field(f, separator, quoteAll))));
        }

        if (finalNewline)
        {
            text.Append(newline);
        }

        byte[] body = Encoding.UTF8.GetBytes(text.ToString());
        return bom ? [0xEF, 0xBB, 0xBF, .. body] : body;
    }

    // RFC 4180: quote a field holding the separator, a quote, a line break or an outer space; double inner quotes.
    private static string Field(string value, char separator, bool quoteAll)
    {
        bool needs = quoteAll || value.IndexOfAny([separator, '"', '\n', '\r']) >= 0 || value.StartsWith(' ') || value.EndsWith(' ');
        return needs ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
