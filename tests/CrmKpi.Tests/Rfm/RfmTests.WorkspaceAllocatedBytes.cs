using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>
/// What an <see cref="RfmWorkspace"/> reports holding, from its documented sizes: 16 bytes a customer once scored,
/// three count tables of <see cref="RfmWorkspace.HistogramLength"/> ints (768 KiB) once scored, 4 bytes a customer
/// once integer values beyond the tables were seen, and the customer-block partition when Values used it; and the
/// customers it has room for.
/// </summary>
public partial class RfmTests
{
    private const long CountTablesBytes = 3L * RfmWorkspace.HistogramLength * sizeof(int);   // 786,432 = 768 KiB

    [Fact]
    public void WorkspaceAllocatedBytes_AfterScoringTenCustomers_IsSixteenAPlusTheCountTables()
    {
        var workspace = new RfmWorkspace(10);
        Assert.Equal(10 * 16, workspace.AllocatedBytes);

        var values = new RfmValues[10];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = new RfmValues(i, 1 + i, 10.0 * i);
        }

        Rfm.Score(values, 5, RfmScoring.RankBased, new RfmScore[10], workspace);
        Assert.Equal((10 * 16) + CountTablesBytes, workspace.AllocatedBytes);
    }

    [Fact]
    public void WorkspaceAllocatedBytes_RecencyBeyondTheTables_AddsFourACustomer()
    {
        var workspace = new RfmWorkspace(10);
        var values = new RfmValues[10];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = new RfmValues(70_000 + i, 1 + i, 10.0 * i);
        }

        Rfm.Score(values, 5, RfmScoring.RankBased, new RfmScore[10], workspace);
        Assert.Equal((10 * 16) + CountTablesBytes + (10 * 4), workspace.AllocatedBytes);
    }

    [Fact]
    public void WorkspaceCustomerCapacity_AfterScoringOneBuyerOfFour_IsOne()
    {
        // Scoring takes a double per customer and a spare double per scored customer: 4 and 1 here. Four buyers would
        // need four spares, so the room without growing is one customer, not four.
        var workspace = new RfmWorkspace();
        Rfm.Score([RfmValues.NoPurchase, RfmValues.NoPurchase, new RfmValues(1, 1, 1), RfmValues.NoPurchase], 5, RfmScoring.RankBased, new RfmScore[4], workspace);
        Assert.Equal(1, workspace.CustomerCapacity);
        Assert.Equal((5 * 8) + CountTablesBytes, workspace.AllocatedBytes);
    }

    [Fact]
    public void Values_CustomerBlocksWithWorkspace_KeepTheirPartitionInIt()
    {
        // Forced onto the customer-block path (blocks of 2 customers): the partition's scratch, 12 bytes a row, is the workspace's.
        const int rows = 64;
        int[] customers = new int[rows];
        LocalDate[] dates = new LocalDate[rows];
        double[] amounts = new double[rows];
        for (int i = 0; i < rows; i++)
        {
            customers[i] = i % 8;
            dates[i] = new LocalDate(2024, 2, 1 + (i % 29));
            amounts[i] = i;
        }

        var workspace = new RfmWorkspace();
        Assert.Equal(0, workspace.AllocatedBytes);
        Rfm.Values(new TransactionColumns(customers, dates, amounts, 8), FebruaryWindow, FebruaryWindow.End, RfmMonetary.Total, new RfmValues[8], workspace, 1);
        Assert.True(workspace.AllocatedBytes >= 12L * rows, $"{workspace.AllocatedBytes} bytes");
    }
}
