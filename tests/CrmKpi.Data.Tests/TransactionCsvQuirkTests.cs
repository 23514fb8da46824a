using System;
using System.Globalization;
using System.Linq;
using NodaTime;
using Xunit;

namespace CrmKpi.Data.Tests;

// One test per export quirk, each over its own fixture file in Fixtures/, checking the exact values read.
public class TransactionCsvQuirkTests
{
    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    private static string[] Keys(TransactionLog log) => [.. log.CustomerIndexes.ToArray().Select(log.CustomerKey)];

    [Fact]
    public void Utf8WithBomAndCrlf_ReadsThreeRows()
    {
        TransactionLog log = TransactionCsv.Load(Fixture.Path("utf8-bom-crlf.csv"));
        Assert.Equal(["alice", "bob", "alice"], Keys(log)); // the BOM is not part of the first header or key
        Assert.Equal([D(2024, 1, 5), D(2024, 1, 6), D(2024, 2, 1)], log.Dates.ToArray());
        Assert.Equal([10.50, 20, 5.25], log.Amounts.ToArray());
        Assert.Equal(2, log.CustomerCount);
        Assert.False(log.HasItemCounts);
    }

    [Fact]
    public void Utf8WithoutBom_NonAsciiKeysKept()
    {
        TransactionLog log = TransactionCsv.Load(Fixture.Path("utf8-no-bom.csv"));
        Assert.Equal(["José", "日本"], Keys(log));
    }

    [Fact]
    public void Gbk_ReadAsGb18030_TwoDistinctCustomers()
    {
        var options = new TransactionCsvOptions { Encoding = CsvEncodings.FromName("gb18030") };
        TransactionLog log = TransactionCsv.Load(Fixture.Path("gbk.csv"), options);
        Assert.Equal(["张伟", "王芳", "张伟"], Keys(log));
        Assert.Equal([0, 1, 0], log.CustomerIndexes.ToArray());
        Assert.Equal(TransactionCsv.Load(Fixture.Path("gbk.csv"), options with { Encoding = CsvEncodings.FromName("gbk") }).Customers.ToArray(), log.Customers.ToArray());
    }

    // Today's bug: GBK names read as UTF-8 became replacement characters and merged into one customer.
    [Fact]
    public void Gbk_ReadAsUtf8_ErrorWithLineAndColumn()
    {
        var e = Assert.Throws<CsvDataException>(() => TransactionCsv.Load(Fixture.Path("gbk.csv")));
        Assert.Equal(2, e.Line);
        Assert.Equal(1, e.Column);
        Assert.Contains("not valid", e.Message, StringComparison.Ordinal);
        Assert.StartsWith(Fixture.Path("gbk.csv") + ":2:1: ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Latin1_UmlautKeptAndDistinct()
    {
        TransactionLog log = TransactionCsv.Load(Fixture.Path("latin1.csv"), new TransactionCsvOptions { Encoding = CsvEncodings.FromName("latin1") });
        Assert.Equal(["Müller", "Muller"], Keys(log));
        var e = Assert.Throws<CsvDataException>(() => TransactionCsv.Load(Fixture.Path("latin1.csv")));
        Assert.Equal((2L, 2), (e.Line, e.Column)); // "M" then the Latin-1 byte FC
    }

    [Fact]
    public void Utf16LittleEndianWithBom_ReadAsUtf16()
    {
        TransactionLog log = TransactionCsv.Load(Fixture.Path("utf16le-bom.csv"), new TransactionCsvOptions { Encoding = CsvEncodings.FromName("utf-16") });
        Assert.Equal(["alice", "bob"], Keys(log));
        Assert.Equal([10.0, 20], log.Amounts.ToArray());
        var e = Assert.Throws<CsvDataException>(() => TransactionCsv.Load(Fixture.Path("utf16le-bom.csv")));
        Assert.Contains("UTF-16", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void QuotedFields_SeparatorsQuotesAndNewlinesInside()
    {
        TransactionLog log = TransactionCsv.Load(Fixture.Path("quoted.csv"));
        Assert.Equal(["C1", "C2", "C3"], Keys(log));
        Assert.Equal([1234.50, 20, 30], log.Amounts.ToArray()); // "1,234.50" quoted: a thousands separator
        Assert.Equal([D(2024, 1, 5), D(2024, 1, 6), D(2024, 1, 7)], log.Dates.ToArray());
    }

    // Today's bug: "alice,2024-01-05,1,234.50" was read as amount 1 with the extra field ignored.
    [Fact]
    public void ExtraField_ErrorNamingTheLine()
    {
        var e = Assert.Throws<CsvDataException>(() => TransactionCsv.Load(Fixture.Path("extra-field.csv")));
        Assert.Equal(3, e.Line);
        Assert.Contains("the row has 4 fields; the header has 3", e.Message, StringComparison.Ordinal);
        e = Assert.Throws<CsvDataException>(() => TransactionCsv.Load(Fixture.Path("missing-field.csv")));
        Assert.Equal(2, e.Line);
        Assert.Contains("the row has 2 fields", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateHeader_ErrorUnlessPickedByPosition()
    {
        var e = Assert.Throws<CsvDataException>(() => TransactionCsv.Load(Fixture.Path("duplicate-header.csv")));
        Assert.Equal((1L, 4), (e.Line, e.Column));
        Assert.Contains("more than once (columns 2, 4)", e.Message, StringComparison.Ordinal);
        TransactionLog log = TransactionCsv.Load(Fixture.Path("duplicate-header.csv"), new TransactionCsvOptions { AmountColumn = "#4" });
        Assert.Equal([10.0, 20], log.Amounts.ToArray());
        e = Assert.Throws<CsvDataException>(() => TransactionCsv.Load(Fixture.Path("duplicate-header.csv"), new TransactionCsvOptions { AmountColumn = "amount" }));
        Assert.Contains("more than once", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Timestamps_DateAsWrittenByDefault()
    {
        TransactionLog log = TransactionCsv.Load(Fixture.Path("timestamps.csv"));
        Assert.All(log.Dates.ToArray(), d => Assert.Equal(D(2024, 1, 2), d));
    }

    // Shanghai is UTC+8 all year: 23:30Z is 07:30 on the 3rd; 23:30+08:00 is the 2nd; 01:00-05:00 is 14:00 on the 2nd.
    // New York in January is UTC-5: 23:30Z is 18:30 on the 2nd; 23:30+08:00 is 10:30 on the 2nd; 01:00-05:00 is as written.
    [Fact]
    public void Timestamps_WithOffset_TakenInTheNamedZone()
    {
        var shanghai = new TransactionCsvOptions { TimeZone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"] };
        Assert.Equal([D(2024, 1, 2), D(2024, 1, 3), D(2024, 1, 2), D(2024, 1, 2), D(2024, 1, 2)], TransactionCsv.Load(Fixture.Path("timestamps.csv"), shanghai).Dates.ToArray());
        var auckland = new TransactionCsvOptions { TimeZone = DateTimeZoneProviders.Tzdb["Pacific/Auckland"] };

        // Auckland in January is UTC+13: 23:30Z -> 12:30 on the 3rd; 23:30+08:00 -> 04:30 on the 3rd; 01:00-05:00 -> 19:00 on the 2nd.
        Assert.Equal([D(2024, 1, 2), D(2024, 1, 3), D(2024, 1, 3), D(2024, 1, 2), D(2024, 1, 2)], TransactionCsv.Load(Fixture.Path("timestamps.csv"), auckland).Dates.ToArray());
    }

    [Fact]
    public void GermanCulture_DecimalCommaThousandsDotSemicolon()
    {
        var options = new TransactionCsvOptions { Separator = ';', Culture = CultureInfo.GetCultureInfo("de-DE"), DateFormat = "dd.MM.yyyy", CustomerColumn = "Kunde", DateColumn = "Datum", AmountColumn = "Betrag" };
        TransactionLog log = TransactionCsv.Load(Fixture.Path("de-DE.csv"), options);
        Assert.Equal([1234.50, 12.5, -3], log.Amounts.ToArray());
        Assert.Equal([D(2024, 1, 5), D(2024, 1, 6), D(2024, 1, 7)], log.Dates.ToArray());

        // The same file in the invariant culture must fail, not read 12,5 as 125.
        var e = Assert.Throws<CsvDataException>(() => TransactionCsv.Load(Fixture.Path("de-DE.csv"), options with { Culture = CultureInfo.InvariantCulture }));
        Assert.Equal((2L, 3), (e.Line, e.Column));
    }

    [Fact]
    public void FrenchCulture_SpaceGroupsOfAnyKind()
    {
        var options = new TransactionCsvOptions { Separator = ';', Culture = CultureInfo.GetCultureInfo("fr-FR"), CustomerColumn = "client", AmountColumn = "montant" };
        TransactionLog log = TransactionCsv.Load(Fixture.Path("fr-FR.csv"), options);
        Assert.Equal([1234.50, 1000, 1000000.25], log.Amounts.ToArray());
    }

    [Fact]
    public void ChineseCulture_YuanSymbolOnlyWhenAllowed()
    {
        var options = new TransactionCsvOptions { Culture = CultureInfo.GetCultureInfo("zh-CN") };
        var e = Assert.Throws<CsvDataException>(() => TransactionCsv.Load(Fixture.Path("zh-CN.csv"), options));
        Assert.Equal((2L, 3), (e.Line, e.Column));
        TransactionLog log = TransactionCsv.Load(Fixture.Path("zh-CN.csv"), options with { AllowCurrencySymbol = true });
        Assert.Equal([1234.50, 20], log.Amounts.ToArray());
        Assert.Equal(["张伟", "王芳"], Keys(log));
    }

    [Fact]
    public void CurrencySymbolsAndParentheses_OnlyWhenAllowed()
    {
        var e = Assert.Throws<CsvDataException>(() => TransactionCsv.Load(Fixture.Path("currency.csv")));
        Assert.Equal((2L, 3), (e.Line, e.Column));
        TransactionLog log = TransactionCsv.Load(Fixture.Path("currency.csv"), new TransactionCsvOptions { AllowCurrencySymbol = true });
        Assert.Equal([12.50, -5, 1000], log.Amounts.ToArray());
    }

    [Fact]
    public void Refunds_KeptByDefault()
    {
        CsvReadResult<TransactionLog> r = TransactionCsv.Read(Fixture.Path("refunds.csv"));
        Assert.Equal([100.0, -40, 30, 50, 25, -10], r.Log.Amounts.ToArray());
        Assert.Equal([2, 1, 1, 1, 1, 1], r.Log.ItemCounts.ToArray());
        Assert.Equal(0, r.NettedRows);
    }

    // C1's 2024-01-05 has a refund: 100 - 40 = 60 with 3 items; C1's 01-06 and C2's two rows on 01-05 have none, so they stay;
    // C3's lone refund stays as a row of -10.
    [Fact]
    public void Refunds_NetPerCustomerDay_OnlyDaysWithARefund()
    {
        CsvReadResult<TransactionLog> r = TransactionCsv.Read(Fixture.Path("refunds.csv"), new TransactionCsvOptions { Refunds = RefundPolicy.NetPerCustomerDay });
        Assert.Equal([60.0, 30, 50, 25, -10], r.Log.Amounts.ToArray());
        Assert.Equal([3, 1, 1, 1, 1], r.Log.ItemCounts.ToArray());
        Assert.Equal(["C1", "C1", "C2", "C2", "C3"], Keys(r.Log));
        Assert.Equal(1, r.NettedRows);
        Assert.Equal(6, r.DataRows);
    }

    [Fact]
    public void Refunds_Reject_ErrorOrSkipped()
    {
        var e = Assert.Throws<CsvDataException>(() => TransactionCsv.Load(Fixture.Path("refunds.csv"), new TransactionCsvOptions { Refunds = RefundPolicy.Reject }));
        Assert.Equal((3L, 3), (e.Line, e.Column));
        CsvReadResult<TransactionLog> r = TransactionCsv.Read(Fixture.Path("refunds.csv"), new TransactionCsvOptions { Refunds = RefundPolicy.Reject, Lenient = true });
        Assert.Equal([100.0, 30, 50, 25], r.Log.Amounts.ToArray());
        Assert.Equal(2, r.SkippedRows);
        Assert.Equal([3L, 7L], r.SkippedExamples.Select(x => x.Line));
    }

    // Today's bug: an unterminated quote on line 6 silently dropped every row after it.
    [Fact]
    public void UnterminatedQuote_StrictErrorAtTheQuote()
    {
        var e = Assert.Throws<CsvDataException>(() => TransactionCsv.Load(Fixture.Path("unterminated-quote.csv")));
        Assert.Equal((6L, 15), (e.Line, e.Column)); // C5,2024-01-06,"5.00: the quote is character 15
        Assert.Contains("not closed", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnterminatedQuote_LenientSkipsOnlyThatRow()
    {
        CsvReadResult<TransactionLog> r = TransactionCsv.Read(Fixture.Path("unterminated-quote.csv"), new TransactionCsvOptions { Lenient = true });
        Assert.Equal(99, r.Log.Length);
        Assert.Equal(1, r.SkippedRows);
        Assert.Equal(6, Assert.Single(r.SkippedExamples).Line);
        Assert.DoesNotContain("C5", Keys(r.Log));
        Assert.Equal("C100", r.Log.CustomerKey(r.Log.CustomerIndexes[^1]));
        Assert.Equal(Enumerable.Range(1, 100).Where(i => i != 5).Sum(i => (double)i), r.Log.Amounts.ToArray().Sum());
    }

    [Fact]
    public void BadValues_StrictStopsAtTheFirst_LenientReportsEach()
    {
        var e = Assert.Throws<CsvDataException>(() => TransactionCsv.Load(Fixture.Path("bad-values.csv")));
        Assert.Equal((3L, 2), (e.Line, e.Column));
        Assert.Contains("'2024-13-01'", e.Message, StringComparison.Ordinal);

        CsvReadResult<TransactionLog> r = TransactionCsv.Read(Fixture.Path("bad-values.csv"), new TransactionCsvOptions { Lenient = true, MaxExamples = 3 });
        Assert.Equal(["C1", "C6"], Keys(r.Log));
        Assert.Equal(2, r.Log.CustomerCount); // rejected rows add no customer
        Assert.Equal(4, r.SkippedRows);
        Assert.Equal(6, r.DataRows);
        Assert.Equal([(3L, 2), (4L, 3), (5L, 1)], r.SkippedExamples.Select(x => (x.Line, x.Column)));
    }

    [Fact]
    public void BlankLines_NotRowsButCounted()
    {
        CsvReadResult<TransactionLog> r = TransactionCsv.Read(Fixture.Path("blank-lines.csv"));
        Assert.Equal(["C1", "C2"], Keys(r.Log));
        Assert.Equal(2, r.DataRows);
        Assert.True(r.BlankLines >= 2);
    }

    [Fact]
    public void EmptyFileAndHeaderOnly()
    {
        var e = Assert.Throws<CsvDataException>(() => TransactionCsv.Load(Fixture.Path("empty.csv")));
        Assert.Contains("empty", e.Message, StringComparison.Ordinal);
        Assert.Equal(0, TransactionCsv.Load(Fixture.Path("header-only.csv")).Length);
    }

    [Fact]
    public void TabSeparated_AndDatePattern()
    {
        Assert.Equal([10.0], TransactionCsv.Load(Fixture.Path("tab.tsv"), new TransactionCsvOptions { Separator = '\t' }).Amounts.ToArray());
        TransactionLog log = TransactionCsv.Load(Fixture.Path("dd-MM-yyyy.csv"), new TransactionCsvOptions { DateFormat = "dd/MM/yyyy" });
        Assert.Equal([D(2024, 1, 5), D(2023, 12, 31)], log.Dates.ToArray());
        var e = Assert.Throws<CsvDataException>(() => TransactionCsv.Load(Fixture.Path("dd-MM-yyyy.csv")));
        Assert.Equal((2L, 2), (e.Line, e.Column));
    }

    [Fact]
    public void MissingColumn_ErrorListsTheHeader()
    {
        var e = Assert.Throws<CsvDataException>(() => TransactionCsv.Load(Fixture.Path("utf8-bom-crlf.csv"), new TransactionCsvOptions { AmountColumn = "price" }));
        Assert.Equal(1, e.Line);
        Assert.Contains("no column 'price' for amount; the header has 'customer_id', 'order_date', 'amount'", e.Message, StringComparison.Ordinal);
    }
}
