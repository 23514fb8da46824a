using System;
using System.IO;

namespace CrmKpi.Tests;

/// <summary><c>compute transactions</c> without --from and --to: the last complete calendar period, compared with the one before.</summary>
public class ComputeDefaultPeriodTests
{
    // orders.csv runs from 2023-12-30 to 2024-03-01: March has only begun, so the last complete month is
    // February 2024 (rows 3, 4, 6, 8, 9: 170 by alice, carol and dave), compared with January 2024
    // (rows 1, 2: alice 10 + bob 20 = 30 by 2 customers). The retention rows are February's (see
    // CliEndToEndTests: churn 1/2).
    [Fact]
    public void NoDates_ReportsLastCompleteMonthComparedWithTheMonthBefore()
    {
        CliRun run = CliProcess.Run(CliProcess.DataFolder, "compute", "transactions", "orders.csv", "--format", "csv");

        Assert.True(run.ExitCode == 0, run.ToString());
        string[] lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(",window,2024-02-01 .. 2024-02-29,", lines);
        Assert.Contains(",revenue in window,170,CustomerActivity.Compute", lines);
        Assert.Contains(",previous window (compared with),2024-01-01 .. 2024-01-31,Periods.Previous", lines);
        Assert.Contains(",revenue in previous window,30,CustomerActivity.Compute", lines);
        Assert.Contains(",active customers in previous window,2,CustomerActivity.Compute", lines);
        Assert.Contains("R1,churn rate (lost / customers at start),0.5,Retention.ChurnRate", lines);
        Assert.Contains("last complete calendar month", run.Error, StringComparison.Ordinal);
    }

    // The last complete quarter before 2024-03-01 is Q4 2023 (only bob's 2023-12-30 row, 5), compared with Q3 2023 (nothing).
    [Fact]
    public void PeriodQuarter_ReportsLastCompleteQuarter()
    {
        CliRun run = CliProcess.Run(CliProcess.DataFolder, "compute", "transactions", "orders.csv", "--period", "quarter", "--format", "csv");

        Assert.True(run.ExitCode == 0, run.ToString());
        string[] lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(",window,2023-10-01 .. 2023-12-31,", lines);
        Assert.Contains(",revenue in window,5,CustomerActivity.Compute", lines);
        Assert.Contains(",previous window (compared with),2023-07-01 .. 2023-09-30,Periods.Previous", lines);
    }

    [Fact]
    public void NoCompletePeriod_ExitsTwoSayingSo()
    {
        string folder = Directory.CreateTempSubdirectory("crmkpi-period-").FullName;
        File.WriteAllText(Path.Combine(folder, "march.csv"), "customer_id,order_date,amount\na,2024-03-02,1\nb,2024-03-20,2\n");

        CliRun run = CliProcess.Run(folder, "compute", "transactions", "march.csv");

        CliProcess.BadInput(run, "no complete calendar month");
    }

    [Fact]
    public void PeriodWithDates_ExitsTwo()
    {
        CliRun run = CliProcess.Run(CliProcess.DataFolder, "compute", "transactions", "orders.csv", "--period", "year", "--from", "2024-01-01");

        CliProcess.BadInput(run, "--period chooses the window");
    }
}
