using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace CrmKpi.Tests;

/// <summary>The crmkpi tool run as a process on the small CSVs and specs of Data/ and on the example spec.</summary>
public class CliEndToEndTests
{
    private static string Data => CliProcess.DataFolder;

    [Fact]
    public void Verify_ExampleSpec_EveryCasePassesAndExitsZero()
    {
        CliRun run = CliProcess.Run(CliProcess.Folder, "verify", Path.Combine("verify", "catalog.json"), "--allow-path", "data");   // V6 reads ../data/cdnow

        Assert.True(run.ExitCode == 0, run.ToString());
        Match summary = Regex.Match(run.Output, @"(\d+) cases: (\d+) passed, 0 failed, 0 errors\.");
        Assert.True(summary.Success, run.ToString());
        Assert.Equal(summary.Groups[1].Value, summary.Groups[2].Value);
        Assert.True(int.Parse(summary.Groups[1].Value, CultureInfo.InvariantCulture) >= 133, run.ToString());   // every family's cases, V6 and R1-R9, P, M, D and Q1 included
    }

    [Fact]
    public void Verify_PassingSpec_ExitsZeroAndWritesJUnitWithoutFailures()
    {
        string junit = TempFile("passing.xml");
        CliRun run = CliProcess.Run(Data, "verify", "passing.json", "--junit", junit);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("3 cases: 3 passed, 0 failed, 0 errors.", run.Output, StringComparison.Ordinal);
        XElement suites = XDocument.Load(junit).Root!;
        Assert.Equal("3", suites.Attribute("tests")!.Value);
        Assert.Equal("0", suites.Attribute("failures")!.Value);
        Assert.Empty(suites.Descendants("failure"));
    }

    [Fact]
    public void Verify_BrokenExpectedValue_ExitsOneWithReadableFailureAndJUnitReport()
    {
        string junit = TempFile("failing.xml");
        CliRun run = CliProcess.Run(Data, "verify", "failing.json", "--junit", junit);

        Assert.True(run.ExitCode == 1, run.ToString());
        // The failure line names the line and column of the case's expected value, the case, the metric and the numbers.
        Assert.Contains("FAIL failing.json:4:114 CAC 000 broken [A1 Acquisition.Cac]: expected 10001, computed 10000, difference 1 exceeds tolerance", run.Output, StringComparison.Ordinal);
        Assert.Contains("3 cases: 2 passed, 1 failed, 0 errors.", run.Output, StringComparison.Ordinal);

        XElement suites = XDocument.Load(junit).Root!;
        Assert.Equal("testsuites", suites.Name.LocalName);
        Assert.Equal("3", suites.Attribute("tests")!.Value);
        Assert.Equal("1", suites.Attribute("failures")!.Value);
        XElement failed = Assert.Single(suites.Descendants("testcase"), c => c.Element("failure") is not null);
        Assert.Equal("CAC 000 broken", failed.Attribute("name")!.Value);
        Assert.StartsWith("expected 10001, computed 10000", failed.Element("failure")!.Attribute("message")!.Value, StringComparison.Ordinal);
        CliProcess.NoStackTrace(run);
    }

    [Fact]
    public void Verify_MalformedCsv_ExitsTwoNamingFileLineAndColumn()
    {
        CliRun run = CliProcess.Run(Data, "verify", "malformed-csv.json");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("crmkpi: malformed.csv:4:3: '12;5' is not a number in column 'amount'", run.Error, StringComparison.Ordinal);
        Assert.Contains("0 passed, 0 failed, 1 errors.", run.Output, StringComparison.Ordinal);
        CliProcess.NoStackTrace(run);
    }

    [Fact]
    public void Verify_MalformedCsvNotStrict_SkipsTheRowAndReportsIt()
    {
        // Without row 4 the amounts are 10, 20, 15: mean 15, as the spec expects.
        CliRun run = CliProcess.Run(Data, "verify", "malformed-csv.json", "--strict", "false");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("malformed.csv: skipped 1 row that could not be used", run.Output, StringComparison.Ordinal);
        Assert.Contains("first: malformed.csv:4:3:", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_UnknownMetric_ExitsTwoNamingTheSpecLineAndColumn()
    {
        CliRun run = CliProcess.Run(Data, "verify", "unknown-metric.json");

        CliProcess.BadInput(run, "crmkpi: unknown-metric.json:4:43: cases[1].metric: unknown metric 'Z99'; 'crmkpi metrics' lists the ids and members this version knows.");
        Assert.Equal("", run.Output);
        CliProcess.NoStackTrace(run);
    }

    [Fact]
    public void Verify_UnknownCsvColumn_ExitsTwoListingTheHeader()
    {
        CliRun run = CliProcess.Run(Data, "verify", "unknown-column.json");

        CliProcess.BadInput(run, "crmkpi: orders.csv:1: no column 'Revenue' for amount; the header has 'Customer ID', 'Order Date', 'Total', 'Qty'.");
    }

    [Fact]
    public void Verify_InvalidJson_ExitsTwoWithLineAndColumn()
    {
        CliRun run = CliProcess.Run(Data, "verify", "invalid.json");

        CliProcess.BadInput(run, "crmkpi: invalid.json:3:22: not valid JSON:");
    }

    [Fact]
    public void Verify_MissingSpec_ExitsTwoNamingTheFile()
    {
        CliRun run = CliProcess.Run(Data, "verify", "no-such-spec.json");

        CliProcess.BadInput(run, "crmkpi: no-such-spec.json: file not found.");
    }

    [Fact]
    public void Verify_NoArgument_ExitsTwoWithUsageHint()
    {
        CliRun run = CliProcess.Run(Data, "verify");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("crmkpi --help", run.Error, StringComparison.Ordinal);
    }

    // orders.csv is the 9-row log of the unit tests with named customers; February 2024 holds rows
    // 3, 4, 6, 8, 9: 30 + 40 + 60 + 15 + 25 = 170 by alice, carol and dave; items 3 + 1 + 4 + 1 + 5 = 14.
    // New in February: carol and dave (alice first bought in January, bob in December).
    [Fact]
    public void ComputeTransactions_FebruaryToJson_MatchesHandCalculation()
    {
        string output = TempFile("february.json");
        CliRun run = CliProcess.Run(Data, "compute", "transactions", "orders.csv", "--from", "2024-02-01", "--to", "2024-02-29", "--output", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(output));
        JsonElement[] rows = [.. json.RootElement.GetProperty("transactions").EnumerateArray()];
        double Value(string id) => rows.Single(r => r.GetProperty("id").GetString() == id).GetProperty("value").GetDouble();
        Assert.Equal(2, Value("A9"));
        Assert.Equal(170.0 / 3, Value("A4"), 12);
        Assert.Equal(170.0 / 5, Value("A5"), 12);
        Assert.Equal(5.0 / 3, Value("A7"), 12);
        Assert.Equal(14.0 / 5, Value("A6"), 12);
    }

    // February 2024 of orders.csv: at start (bought in the previous month, January) alice and bob; alice bought
    // again, bob did not: 1 lost of 2, churn 1/2. New: carol and dave, so E = 3 and CRR = (3 - 2) / 2.
    // Active carol (3 purchases), alice and dave (1 each): repurchase 1/3. February 2023 has no
    // purchase: YoY retention 0/0 = NaN.
    [Fact]
    public void ComputeTransactions_February_RetentionRowsMatchHandCalculation()
    {
        CliRun run = CliProcess.Run(Data, "compute", "transactions", "orders.csv", "--from", "2024-02-01", "--to", "2024-02-29", "--format", "csv");

        Assert.True(run.ExitCode == 0, run.ToString());
        string[] lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("R1,customers at start of window (bought in 2024-01-01 .. 2024-01-31),2,Retention.Classify", lines);
        Assert.Contains("R1,churn rate (lost / customers at start),0.5,Retention.ChurnRate", lines);
        Assert.Contains("R2,\"customer retention rate, CRR\",0.5,Retention.Crr", lines);
        Assert.Contains("R5,repurchase rate,0.3333333333333333,Retention.RepurchaseRate", lines);
        Assert.Contains("R4,year-over-year retention (vs 2023-02-01 .. 2023-02-28),NaN,Retention.YearOverYearRetention", lines);
    }

    // February 2024 as of 02-29, quintiles, rank-based. Scored: alice (26 days, 1, 30), carol (0, 3, 125),
    // dave (19, 1, 15); bob bought nothing in February. With n = 3 ranks 1, 2, 3 fall in bins 1, 3, 5
    // (max(1, ceil((r - 1) 5 / 2))); R is 6 - bin of the days: carol 5, dave 3, alice 1. F ties (alice,
    // dave at 1) rank in file order: alice 1, dave 3, carol 5. M: dave 1, alice 3, carol 5.
    // Segments: 555 Champions; dave R 3, FM (3 + 1 + 1) / 2 = 2: NeedsAttention; alice R 1, FM 2: Hibernating.
    [Fact]
    public void Rfm_FebruaryToCsv_WritesTheTableAndPrintsSegmentCounts()
    {
        string output = TempFile("rfm.csv");
        CliRun run = CliProcess.Run(Data, "rfm", "orders.csv", "--as-of", "2024-02-29", "--from", "2024-02-01", "--output", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        string[] lines = File.ReadAllLines(output);
        Assert.Equal(
            [
                "customer,recency_days,frequency,monetary,r,f,m,code,segment",
                "alice,26,1,30,1,1,3,113,Hibernating",
                "bob,,0,0,0,0,0,,NoPurchaseInWindow",
                "carol,0,3,125,5,5,5,555,Champions",
                "dave,19,1,15,3,3,1,331,NeedsAttention",
            ],
            lines);
        Assert.Matches(@"\bChampions\W+1\W+0\.25\b", run.Output);   // the segment counts on the terminal
        Assert.Matches(@"\bHibernating\W+1\W+0\.25\b", run.Output);
        Assert.Matches(@"\bLoyal\W+0\W+0\W", run.Output);
        Assert.Contains("wrote", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Rfm_BadAsOfDate_ExitsTwoNamingTheOption()
    {
        CliRun run = CliProcess.Run(Data, "rfm", "orders.csv", "--as-of", "2024-02-30");

        CliProcess.BadInput(run, "crmkpi: --as-of '2024-02-30' is not a date written yyyy-MM-dd.");
    }

    [Fact]
    public void Rfm_WindowEndingAfterAsOf_ExitsTwoWithTheLibraryRule()
    {
        CliRun run = CliProcess.Run(Data, "rfm", "orders.csv", "--as-of", "2024-02-29", "--to", "2024-03-31");

        CliProcess.BadInput(run, "crmkpi: orders.csv: the library rejected the input: asOf must not be before the window's end (2024-03-31)");
    }

    [Fact]
    public void Rfm_UnknownColumn_ExitsTwoListingTheHeader()
    {
        CliRun run = CliProcess.Run(Data, "rfm", "orders.csv", "--as-of", "2024-02-29", "--customer-column", "client");

        CliProcess.BadInput(run, "crmkpi: orders.csv:1: no column 'client' for customer; the header has 'Customer ID', 'Order Date', 'Total', 'Qty'.");
    }

    [Fact]
    public void ComputeTransactions_CsvToStandardOutput_HasHeaderAndRows()
    {
        CliRun run = CliProcess.Run(Data, "compute", "transactions", "orders.csv", "--from", "2023-12-01", "--to", "2024-03-31", "--format", "csv");

        Assert.True(run.ExitCode == 0, run.ToString());
        string[] lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id,metric,value,member", lines[0]);
        Assert.Contains("A9,new customers,4,Acquisition.NewCustomers", lines);   // the whole file: all four customers are new
    }

    [Fact]
    public void ComputeTransactions_UnknownColumn_ExitsTwoListingTheHeader()
    {
        CliRun run = CliProcess.Run(Data, "compute", "transactions", "orders.csv", "--amount-column", "nope");

        CliProcess.BadInput(run, "crmkpi: orders.csv:1: no column 'nope' for amount; the header has 'Customer ID', 'Order Date', 'Total', 'Qty'.");
    }

    [Fact]
    public void ComputeTransactions_DateInWrongFormat_ExitsTwoNamingLineAndColumn()
    {
        CliRun run = CliProcess.Run(Data, "compute", "transactions", "bad-date.csv");

        CliProcess.BadInput(run, "crmkpi: bad-date.csv:3:2: '20/01/2024' is not a date in the format yyyy-MM-dd in column 'order_date' (date).");
    }

    [Fact]
    public void ComputeTransactions_OtherDateFormat_ReadsTheFile()
    {
        CliRun run = CliProcess.Run(Data, "compute", "transactions", "bad-date.csv", "--date-format", "dd/MM/yyyy", "--strict", "false", "--from", "2024-01-01", "--to", "2024-01-31", "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("bad-date.csv: skipped 1 row that could not be used", run.Error, StringComparison.Ordinal);   // row 2 is ISO
    }

    [Fact]
    public void ComputeTransactions_MissingFile_ExitsTwo()
    {
        CliRun run = CliProcess.Run(Data, "compute", "transactions", "nowhere.csv");

        CliProcess.BadInput(run, "crmkpi: nowhere.csv: file not found.");
    }

    // calls.csv: answered after 10, 15, 30 s (talk 100/200/300, hold 0/20/10, ACW 20/40/30), abandoned after 5
    // and 40 s, one blocked. Within 20 s: 2 answered; AHT (120 + 260 + 340) / 3 = 240; abandonment 2 / 5.
    [Fact]
    public void ComputeCalls_HandBuiltLog_MatchesHandCalculation()
    {
        CliRun run = CliProcess.Run(Data, "compute", "calls", "calls.csv", "--format", "csv", "--threshold", "20");

        Assert.True(run.ExitCode == 0, run.ToString());
        string[] lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("C1,service level within 20 s (AbandonedInDenominator),0.4,CallCenterSummary.ServiceLevel", lines);
        Assert.Contains("C3,abandonment rate,0.4,CallCenterSummary.AbandonmentRate", lines);
        Assert.Contains("C6,\"average handle time (s, TalkHoldAfterCallWork)\",240,CallCenterSummary.AverageHandleTime", lines);
    }

    [Fact]
    public void ComputeCalls_BadFlag_ExitsTwoNamingLineAndColumn()
    {
        string file = TempFile("calls.csv");
        File.WriteAllText(file, "wait_s,talk_s,hold_s,acw_s,abandoned\n10,100,0,20,0\n5,0,0,0,maybe\n");
        CliRun run = CliProcess.Run(Data, "compute", "calls", file);

        CliProcess.BadInput(run, ":3:5: 'maybe' is not a flag (1/0, true/false, yes/no) in column 'abandoned'.");
    }

    private static string TempFile(string name)
    {
        string folder = Path.Combine(Path.GetTempPath(), "crmkpi-e2e-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }
}
