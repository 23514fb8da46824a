using System;
using System.IO;
using Xunit;

namespace CrmKpi.Tests;

// `crmkpi rfm --chunk-rows N` reads the file in chunks into the customers' activity: its table must be the in-memory
// command's, whose values the end-to-end tests check against hand-computed goldens.
public class CliChunkRowsTests
{
    private static string Data => CliProcess.DataFolder;

    [Theory]
    [InlineData("1")]
    [InlineData("2")]
    [InlineData("1000")]
    public void Rfm_ChunkRows_SameTableAsTheWholeFile(string chunkRows)
    {
        string folder = Path.Combine(Path.GetTempPath(), "crmkpi-chunks-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        string whole = Path.Combine(folder, "whole.csv"), chunked = Path.Combine(folder, "chunked.csv");

        CliRun expected = CliProcess.Run(Data, "rfm", "orders.csv", "--as-of", "2024-02-29", "--from", "2024-02-01", "--output", whole);
        CliRun actual = CliProcess.Run(Data, "rfm", "orders.csv", "--as-of", "2024-02-29", "--from", "2024-02-01", "--output", chunked, "--chunk-rows", chunkRows);

        Assert.True(expected.ExitCode == 0, expected.ToString());
        Assert.True(actual.ExitCode == 0, actual.ToString());
        Assert.Equal(File.ReadAllLines(whole), File.ReadAllLines(chunked));
        Assert.Contains("carol,0,3,125,5,5,5,555,Champions", File.ReadAllLines(chunked));
        Assert.Equal(expected.Output, actual.Output);   // the segment counts
    }

    // Without --from the in-memory command starts the window at the file's first date; the chunked one at 0001-01-01.
    [Fact]
    public void Rfm_ChunkRowsWithoutFrom_SameTableAsTheWholeFile()
    {
        CliRun expected = CliProcess.Run(Data, "rfm", "orders.csv", "--as-of", "2024-03-31", "--format", "csv");
        CliRun actual = CliProcess.Run(Data, "rfm", "orders.csv", "--as-of", "2024-03-31", "--format", "csv", "--chunk-rows", "3");

        Assert.True(actual.ExitCode == 0, actual.ToString());
        Assert.Equal(expected.Output, actual.Output);
    }

    [Fact]
    public void Rfm_ChunkRowsWindowEndingAfterAsOf_ExitsTwo()
    {
        CliProcess.BadInput(
            CliProcess.Run(Data, "rfm", "orders.csv", "--as-of", "2024-02-29", "--to", "2024-03-31", "--chunk-rows", "5"),
            "crmkpi: --to 2024-03-31 is after --as-of 2024-02-29: recency is measured to --as-of, which must not be before the window's end.");
    }

    [Fact]
    public void Rfm_ChunkRowsNettingRefundsOrZero_ExitsTwo()
    {
        CliProcess.BadInput(
            CliProcess.Run(Data, "rfm", "orders.csv", "--as-of", "2024-02-29", "--refunds", "NetPerCustomerDay", "--chunk-rows", "5"),
            "crmkpi: --refunds NetPerCustomerDay needs the whole file");
        CliProcess.BadInput(CliProcess.Run(Data, "rfm", "orders.csv", "--as-of", "2024-02-29", "--chunk-rows", "0"), "crmkpi: --chunk-rows 0: a chunk holds at least 1 row.");
    }
}
