using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using NodaTime;
using Xunit;

namespace CrmKpi.Data.Tests;

// The bundled CDNOW log (space-aligned text, CRLF) in one call, checked against a plain Split parse.
public class CdnowTests
{
    private static readonly TransactionCsvOptions Options = new() { SpaceAligned = true, DateFormat = "yyyyMMdd", AmountColumn = "dollar_value", QuantityColumn = "number_of_cds" };

    [Fact]
    public void CdnowMaster_OneCall_MatchesAnIndependentParse()
    {
        string path = Fixture.Path("CDNOW_master.txt");
        TransactionLog log = TransactionCsv.Load(path, Options);

        // Published facts of the data set: 69,659 purchases by 23,570 customers.
        Assert.Equal(69_659, log.Length);
        Assert.Equal(23_570, log.CustomerCount);

        string[][] rows = [.. File.ReadLines(path).Skip(1).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))];
        var firstSeen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < rows.Length; i++)
        {
            string[] f = rows[i];
            int index = firstSeen.TryGetValue(f[0], out int known) ? known : firstSeen[f[0]] = firstSeen.Count;
            Assert.Equal(index, log.CustomerIndexes[i]);
            Assert.Equal(LocalDate.FromDateOnly(DateOnly.ParseExact(f[1], "yyyyMMdd", CultureInfo.InvariantCulture)), log.Dates[i]);
            Assert.Equal(int.Parse(f[2], CultureInfo.InvariantCulture), log.ItemCounts[i]);
            Assert.Equal(double.Parse(f[3], CultureInfo.InvariantCulture), log.Amounts[i]);
        }

        Assert.Equal("00001", log.CustomerKey(0));
    }

    [Fact]
    public void SpaceAligned_QuotedFieldKeepsItsSpaces()
    {
        const string text = "  id   order_date    amount  \r\n  \"a  b\"   2024-01-05   1.5  \r\n c 2024-01-06 2\n";
        TransactionLog log = TransactionCsv.Read(Fixture.Text(text), "aligned.txt", new TransactionCsvOptions { SpaceAligned = true, CustomerColumn = "id" }).Log;
        Assert.Equal(["a  b", "c"], log.Customers.ToArray());
        Assert.Equal([1.5, 2], log.Amounts.ToArray());
    }
}
