using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;

namespace CrmKpi.Tests;

// The reading options of compute and rfm (CrmKpi.Data underneath): encodings, cultures, time zones,
// refunds, standard input, and one clear line for a bad delimiter.
public sealed class CliDataInputTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("crmkpi-data-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        File.WriteAllBytes(Path.Combine(_folder, name), bytes);
        return name;
    }

    private static string[] CsvLines(CliRun run) => run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void GbkFile_WithEncoding_TwoCustomers_WithoutIt_ErrorAtLine2()
    {
        Encoding gbk = CrmKpi.Data.CsvEncodings.FromName("gbk");
        string file = Write("gbk.csv", gbk.GetBytes("customer_id,order_date,amount\n张伟,2024-01-05,10\n王芳,2024-01-06,20\n张伟,2024-01-07,30\n"));

        CliRun ok = CliProcess.Run(_folder, "compute", "transactions", file, "--from", "2024-01-01", "--to", "2024-01-31", "--encoding", "gb18030", "--format", "csv");
        Assert.True(ok.ExitCode == 0, ok.ToString());
        Assert.Contains(",customers in the file,2,", CsvLines(ok));

        CliRun bad = CliProcess.Run(_folder, "compute", "transactions", file, "--from", "2024-01-01", "--to", "2024-01-31", "--format", "csv");
        CliProcess.BadInput(bad, "crmkpi: gbk.csv:2:1: bytes D5 are not valid");
    }

    [Fact]
    public void GermanCulture_DecimalComma()
    {
        string file = Write("de.csv", Encoding.UTF8.GetBytes("Kunde;Datum;Betrag\nK1;2024-01-05;1.234,50\nK2;2024-01-06;0,50\n"));
        CliRun run = CliProcess.Run(_folder, "compute", "transactions", file, "--from", "2024-01-01", "--to", "2024-01-31", "--delimiter", ";", "--culture", "de-DE",
            "--customer-column", "Kunde", "--date-column", "Datum", "--amount-column", "Betrag", "--format", "csv");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(",revenue in window,1235,CustomerActivity.Compute", CsvLines(run));
    }

    [Fact]
    public void TimeZone_MovesAUtcTimestampToTheNextDay()
    {
        string file = Write("ts.csv", Encoding.UTF8.GetBytes("customer_id,created_at,amount\nC1,2024-01-30T20:00:00Z,10\nC2,2024-01-31T23:30:00Z,20\n"));
        // February alone: as written, C2 bought on 31 January (nothing in February); in Shanghai (UTC+8) on 1 February.
        string[] february = ["--from", "2024-02-01", "--to", "2024-02-29", "--format", "csv"];
        CliRun asWritten = CliProcess.Run(_folder, ["compute", "transactions", file, .. february]);
        Assert.True(asWritten.ExitCode == 0, asWritten.ToString());
        Assert.Contains(",revenue in window,0,CustomerActivity.Compute", CsvLines(asWritten));
        CliRun shanghai = CliProcess.Run(_folder, ["compute", "transactions", file, "--time-zone", "Asia/Shanghai", .. february]);
        Assert.True(shanghai.ExitCode == 0, shanghai.ToString());
        Assert.Contains(",revenue in window,20,CustomerActivity.Compute", CsvLines(shanghai));
        CliProcess.BadInput(CliProcess.Run(_folder, "compute", "transactions", file, "--time-zone", "Mars/Olympus"), "crmkpi: --time-zone 'Mars/Olympus' is not a tzdb time zone");
    }

    [Fact]
    public void Refunds_RejectNamesTheRow_NetMergesTheDay()
    {
        string file = Write("refunds.csv", Encoding.UTF8.GetBytes("customer_id,order_date,amount\nC1,2024-01-05,100\nC1,2024-01-05,-40\nC2,2024-01-06,10\n"));
        CliProcess.BadInput(CliProcess.Run(_folder, "compute", "transactions", file, "--from", "2024-01-01", "--to", "2024-01-31", "--refunds", "Reject"), "crmkpi: refunds.csv:3:3: negative amount -40");
        CliRun net = CliProcess.Run(_folder, "compute", "transactions", file, "--from", "2024-01-01", "--to", "2024-01-31", "--refunds", "NetPerCustomerDay", "--format", "csv");
        Assert.True(net.ExitCode == 0, net.ToString());
        Assert.Contains(",rows,2,", CsvLines(net));
        Assert.Contains(",revenue in window,70,CustomerActivity.Compute", CsvLines(net));
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("\n")]
    [InlineData("é")]
    [InlineData(";;")]
    public void BadDelimiter_OneLineError(string delimiter)
    {
        string file = Write("d.csv", Encoding.UTF8.GetBytes("customer_id,order_date,amount\nC1,2024-01-05,1\n"));
        CliRun run = CliProcess.Run(_folder, "compute", "transactions", file, "--delimiter", delimiter);
        CliProcess.BadInput(run, "crmkpi: --delimiter '");
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    // Issue 12: /dev/zero and a file without a line break fail at the record-length limit, not after gigabytes.
    [Fact]
    public void DevZeroAndNoNewline_FailAtTheRecordLimit()
    {
        CliProcess.BadInput(CliProcess.Run(_folder, "compute", "transactions", "/dev/zero"), "crmkpi: /dev/zero:1: a record longer than 1048576 characters");
        byte[] line = new byte[3 << 20];
        line.AsSpan().Fill((byte)'x');
        string file = Write("one-line.csv", [.. "customer_id,order_date,amount\n"u8, .. line]);
        CliProcess.BadInput(CliProcess.Run(_folder, "rfm", file, "--as-of", "2024-12-31"), "crmkpi: one-line.csv:2: a record longer than 1048576 characters");
    }

    [Fact]
    public void StandardInput_Dash_ReadsThePipe()
    {
        const string csv = "customer_id,order_date,amount\nC1,2024-01-05,1\nC2,2024-01-06,2\nC1,2024-01-07,3\n";
        CliRun run = RunWithInput(csv, "rfm", "-", "--as-of", "2024-01-31", "--format", "csv");
        Assert.True(run.ExitCode == 0, run.ToString());
        string[] lines = CsvLines(run);
        Assert.Equal("customer,recency_days,frequency,monetary,r,f,m,code,segment", lines[0]);
        Assert.StartsWith("C1,24,2,4,", lines.Single(l => l.StartsWith("C1,", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    private CliRun RunWithInput(string input, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _folder,
        };
        start.ArgumentList.Add(Path.Combine(CliProcess.Folder, "CrmKpi.Cli.dll"));
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["NO_COLOR"] = "1";
        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        Assert.True(process.WaitForExit(120_000), "crmkpi did not finish in 120 s");
        return new CliRun(process.ExitCode, output.Result, error.Result);
    }
}
