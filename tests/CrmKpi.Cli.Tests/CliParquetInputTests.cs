using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Parquet;
using Parquet.Schema;

namespace CrmKpi.Tests;

// crmkpi reads a file ending in .parquet with TransactionParquet: the same orders written as CSV and as Parquet
// give the same rfm table and the same compute summary; the Parquet-side errors are one line with row and column.
public sealed class CliParquetInputTests : IDisposable
{
    private static readonly string[] Customers = ["C1", "C2", "C1", "C3", "C2", "C4", "C1"];
    private static readonly DateOnly[] Dates =
    [
        new(2024, 1, 3), new(2024, 1, 9), new(2024, 1, 20), new(2024, 2, 1), new(2024, 2, 14), new(2024, 2, 20), new(2024, 2, 28),
    ];

    private static readonly double[] Amounts = [12.5, 40, 7.25, 100, 3, 55.5, 19.99];

    private readonly string _folder = Directory.CreateTempSubdirectory("crmkpi-parquet-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void WriteCsv(string name)
    {
        var csv = new StringBuilder("customer_id,order_date,amount\n");
        for (int i = 0; i < Customers.Length; i++)
        {
            csv.Append(Customers[i]).Append(',').Append(Dates[i].ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Append(',')
                .Append(Amounts[i].ToString("R", System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        }

        File.WriteAllText(Path.Combine(_folder, name), csv.ToString());
    }

    // Two row groups (rows 0-3 and 4-6), so the CLI path crosses a row-group boundary.
    private async Task WriteParquet(string name, string customerColumn = "customer_id", double?[]? amounts = null)
    {
        var schema = new ParquetSchema(new DataField<string>(customerColumn), new DataField<DateOnly>("order_date"), new DataField<double?>("amount"));
        double?[] values = amounts ?? [.. Amounts.Select(a => (double?)a)];
        await using FileStream stream = File.Create(Path.Combine(_folder, name));
        await using ParquetWriter writer = await ParquetWriter.CreateAsync(schema, stream);
        foreach ((int start, int count) in new[] { (0, 4), (4, 3) })
        {
            using ParquetRowGroupWriter group = writer.CreateRowGroup();
            await group.WriteAsync(schema.DataFields[0], Customers[start..(start + count)], null);
            await group.WriteAsync<DateOnly>(schema.DataFields[1], Dates.AsMemory(start, count), null, null, default);
            await group.WriteAsync<double>(schema.DataFields[2], values.AsMemory(start, count), null, null, default);
        }
    }

    [Fact]
    public async Task Rfm_ParquetAndCsvOfTheSameOrders_SameTable()
    {
        WriteCsv("orders.csv");
        await WriteParquet("orders.parquet");
        CliRun csv = CliProcess.Run(_folder, "rfm", "orders.csv", "--as-of", "2024-02-29", "--format", "csv");
        CliRun parquet = CliProcess.Run(_folder, "rfm", "orders.parquet", "--as-of", "2024-02-29", "--format", "csv");
        Assert.True(csv.ExitCode == 0, csv.ToString());
        Assert.True(parquet.ExitCode == 0, parquet.ToString());
        Assert.Equal(csv.Output, parquet.Output);
        // Four customers, each a row of the customer table (header, then C1..C4 in order of first appearance).
        string[] table = [.. parquet.Output.Split("\n\n")[0].Split('\n').Skip(1).Select(line => line.Split(',')[0])];
        Assert.Equal(["C1", "C2", "C3", "C4"], table);
    }

    [Fact]
    public async Task ComputeTransactions_Parquet_SameSummaryAsCsv_ColumnOptionApplies()
    {
        WriteCsv("orders.csv");
        await WriteParquet("named.parquet", customerColumn: "Kunde");
        string[] window = ["--from", "2024-02-01", "--to", "2024-02-29", "--format", "csv"];
        CliRun csv = CliProcess.Run(_folder, ["compute", "transactions", "orders.csv", .. window]);
        CliRun parquet = CliProcess.Run(_folder, ["compute", "transactions", "named.parquet", "--customer-column", "Kunde", .. window]);
        Assert.True(csv.ExitCode == 0, csv.ToString());
        Assert.True(parquet.ExitCode == 0, parquet.ToString());
        // Revenue in February: 100 + 3 + 55.5 + 19.99, summed by hand.
        Assert.Contains(",revenue in window,178.49,CustomerActivity.Compute", parquet.Output, StringComparison.Ordinal);
        Assert.Equal(csv.Output.Replace("orders.csv", "named.parquet", StringComparison.Ordinal), parquet.Output);

        CliProcess.BadInput(CliProcess.Run(_folder, ["compute", "transactions", "named.parquet", .. window]), "crmkpi: named.parquet: no customer column");
    }

    [Fact]
    public async Task NullAmount_StrictByDefaultNamesRowAndColumn_StrictFalseSkipsWithANote()
    {
        await WriteParquet("nulls.parquet", amounts: [12.5, 40, null, 100, 3, 55.5, 19.99]);
        CliProcess.BadInput(CliProcess.Run(_folder, "rfm", "nulls.parquet", "--as-of", "2024-02-29"), "crmkpi: nulls.parquet: row 3, column 'amount': the value is null");
        CliRun lenient = CliProcess.Run(_folder, "rfm", "nulls.parquet", "--as-of", "2024-02-29", "--strict", "false", "--format", "csv");
        Assert.True(lenient.ExitCode == 0, lenient.ToString());
        Assert.Contains("skipped 1 row with a null", lenient.Error, StringComparison.Ordinal);
    }
}
