using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using CrmKpi.Cli.Compute;
using CrmKpi.Cli.Output;
using NodaTime;

namespace CrmKpi.Cli.Tests;

// The CSV output writes cells straight to UTF-8 (no string per cell) and the RFM customer table writes its
// cells without boxing; both must give what RFC 4180 and the table's object[] rows say.
public class CsvOutputTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("cr\rhere", "\"cr\rhere\"")]
    [InlineData(" padded", "\" padded\"")]
    [InlineData("padded ", "\"padded \"")]
    [InlineData("", "")]
    [InlineData("日本 José", "日本 José")]
    public void Text_QuotedOnlyWhenRfc4180Requires(string value, string expected)
    {
        Assert.Equal(expected + "\n", Write(w => { w.Text(value); w.EndRow(); }));
    }

    [Fact]
    public void Numbers_RoundTripInvariant_NaNAndInfinitiesByName()
    {
        string text = Write(w =>
        {
            w.Number(0.1 + 0.2);
            w.Number(-1234567.25);
            w.Number(double.NaN);
            w.Number(double.PositiveInfinity);
            w.Number(long.MinValue);
            w.EndRow();
        });
        Assert.Equal("0.30000000000000004,-1234567.25,NaN,Infinity,-9223372036854775808\n", text);
        Assert.Equal(0.1 + 0.2, double.Parse(text.Split(',')[0], CultureInfo.InvariantCulture));
    }

    // Text longer than the 64 KB buffer, with a surrogate pair across the piece boundary, is written whole.
    [Fact]
    public void LongText_WithSurrogatePairs_WrittenWhole()
    {
        string value = string.Concat(Enumerable.Repeat("ab😀", 40_000));
        Assert.Equal(value + "\n", Write(w => { w.Text(value); w.EndRow(); }));
    }

    // The typed rows of the RFM customer table give the same CSV as their object[] form through the generic writer.
    [Fact]
    public void RfmCustomerTable_TypedRowsEqualGenericRows()
    {
        var builder = new TransactionLogBuilder();
        string[] keys = ["plain", "with,comma", "with \"quote\"", " padded", "日本"];
        var random = new System.Random(4);
        for (int i = 0; i < 400; i++)
        {
            builder.Add(keys[i % keys.Length] + (i % 37).ToString(CultureInfo.InvariantCulture), new LocalDate(2024, 1, 1).PlusDays(random.Next(300)), random.Next(1, 10_000) / 100.0);
        }

        builder.Customers.GetOrAdd("never bought");
        TransactionLog log = builder.ToLog();
        var window = new DateInterval(new LocalDate(2024, 6, 1), new LocalDate(2024, 12, 31));
        ResultTable typed = RfmCommand.Tables(log, window, window.End, 5, RfmScoring.RankBased, RfmMonetary.Total)[0];
        Assert.IsAssignableFrom<ICsvRows>(typed.Rows);
        var generic = new ResultTable(typed.Title, typed.Columns, typed.Rows.ToList());
        string a = WriteTable(typed);
        string b = WriteTable(generic);
        Assert.Equal(b, a);
        Assert.Contains("\"with,comma", a, System.StringComparison.Ordinal);
        Assert.Contains("never bought,,0,", a, System.StringComparison.Ordinal);
        Assert.Equal(log.CustomerCount + 1, a.Count(c => c == '\n'));
    }

    private static string Write(System.Action<CsvCellWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new CsvCellWriter(stream))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string WriteTable(ResultTable table)
    {
        string path = Path.Combine(Path.GetTempPath(), $"crmkpi-csv-{System.Guid.NewGuid():N}.csv");
        try
        {
            ResultWriter.Write([table], path, OutputFormat.Csv);
            return File.ReadAllText(path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
