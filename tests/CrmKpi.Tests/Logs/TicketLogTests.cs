using System;
using System.Threading.Tasks;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

public class TicketLogTests
{
    // A log that lives in a field and crosses an await: what the TicketColumns ref struct cannot do.
    private readonly TicketLog _three = ThreeTickets();

    // Hand calculation: replies after 60 s, none, 240 s; resolved after 3,600 s, not yet, 10,800 s; 1, 5 and 3 contacts.
    // Wait to reply (60 + 240) / 2 = 150 s; resolution (3,600 + 10,800) / 2 = 7,200 s; contacts per resolved ticket
    // (1 + 3) / 2 = 2.
    private static TicketLog ThreeTickets()
    {
        var builder = new TicketLogBuilder();
        builder.Add(Duration.FromSeconds(60), Duration.FromHours(1), 1);
        builder.Add(null, null, 5);
        builder.Add(Duration.FromMinutes(4), Duration.FromHours(3), 3);
        return builder.ToLog();
    }

    [Fact]
    public async Task LogInAFieldAcrossAnAwait_PassedWhereColumnsAreTaken_HandCalculation()
    {
        await Task.Yield();
        Assert.Equal(150, Satisfaction.AverageWaitToReply(_three));
        Assert.Equal(7_200, Satisfaction.AverageResolutionTime(_three));
        Assert.Equal(2, Satisfaction.AverageContactsToResolve(_three));
        Assert.Equal(1.5, Satisfaction.AverageAgentsToResolve(_three, [1, 4, 2]));
    }

    [Fact]
    public void Columns_AreViewsOfTheLogsRows_NotRepliedAndNotResolvedAreNaN()
    {
        TicketColumns c = _three.ToTicketColumns();
        Assert.Equal(3, c.Length);
        Assert.Equal([60.0, double.NaN, 240], c.FirstReplySeconds.ToArray());
        Assert.Equal([3_600.0, double.NaN, 10_800], _three.ResolutionSeconds.ToArray());
        Assert.Equal([1, 5, 3], _three.Contacts.ToArray());
        Assert.True(_three.Columns.ResolutionSeconds == _three.ResolutionSeconds);   // the same memory, not a copy
    }

    // Catalog S13: 420 of 500 resolved issues needed exactly one contact: FCR 84%; the log gives what its columns give.
    [Fact]
    public void FirstContactResolution_CatalogS13_ThroughTheLog_EqualsTheColumnPath()
    {
        var builder = new TicketLogBuilder(capacity: 10);
        for (int i = 0; i < 500; i++)
        {
            builder.Add(Duration.FromMinutes(5), Duration.FromHours(2), i < 420 ? 1 : 2);
        }

        builder.Add(Duration.FromMinutes(5), null, 1);   // unresolved: out of the resolved-issues denominator
        TicketLog log = builder.ToLog();
        Assert.Equal(0.84, Satisfaction.FirstContactResolution(log, FcrDenominator.ResolvedIssues), 15);
        var columns = new TicketColumns(log.FirstReplySeconds.ToArray(), log.ResolutionSeconds.ToArray(), log.Contacts.ToArray());
        Assert.Equal(Satisfaction.FirstContactResolution(columns, FcrDenominator.AllIssues), Satisfaction.FirstContactResolution(log, FcrDenominator.AllIssues));
        Assert.Equal(420.0 / 501, Satisfaction.FirstContactResolution(log, FcrDenominator.AllIssues), 15);
    }

    [Theory]
    [InlineData(0, "firstReply")]
    [InlineData(1, "resolution")]
    public void Add_NegativeTime_ThrowsNamingIt_AndAddsNoRow(int which, string name)
    {
        var builder = new TicketLogBuilder();
        Duration?[] times = [Duration.FromSeconds(1), Duration.FromSeconds(2)];
        times[which] = Duration.FromNanoseconds(-1);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => builder.Add(times[0], times[1], 1));
        Assert.Equal(name, e.ParamName);
        Assert.Equal(0, builder.Length);
    }

    [Fact]
    public void Add_NegativeContacts_ThrowsNamingThem_AndAddsNoRow()
    {
        var builder = new TicketLogBuilder();
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => builder.Add(null, null, -1));
        Assert.Equal("contacts", e.ParamName);
        Assert.Contains("-1", e.Message, StringComparison.Ordinal);
        Assert.Equal(0, builder.Length);
    }

    [Fact]
    public void Builder_GrowsPastItsCapacity_ToLogHandsOverAndEmpties()
    {
        var builder = new TicketLogBuilder(capacity: 2);
        builder.EnsureCapacity(1);   // below the capacity: nothing to do
        for (int i = 0; i < 4000; i++)
        {
            builder.Add(Duration.FromSeconds(i), i % 3 == 0 ? null : Duration.FromSeconds(2 * i), i % 5);
        }

        TicketLog log = builder.ToLog();
        Assert.Equal(4000, log.Length);
        Assert.Equal(3999, log.FirstReplySeconds[3999]);
        Assert.True(double.IsNaN(log.ResolutionSeconds[3999]));
        Assert.Equal(2 * 3998, log.ResolutionSeconds[3998]);
        Assert.Equal(3998 % 5, log.Contacts[3998]);
        Assert.Equal(0, builder.Length);
        Assert.Equal(0, builder.ToLog().Length);
        Assert.Throws<ArgumentOutOfRangeException>(() => new TicketLogBuilder(-1));
    }

    [Fact]
    public void Constructor_WrapsWithoutCopy_ChecksLengthsAndNulls()
    {
        double[] reply = [1, 2, 3];
        var log = new TicketLog(reply, new double[3], new int[3], length: 2);
        Assert.Equal(2, log.Length);
        reply[0] = 9;   // a view: the log sees the array it was given
        Assert.Equal(9, log.FirstReplySeconds[0]);
        var shortColumn = Assert.Throws<ArgumentException>(() => new TicketLog(reply, new double[3], new int[1], length: 2));
        Assert.Equal("contacts", shortColumn.ParamName);
        Assert.Throws<ArgumentNullException>(() => new TicketLog(reply, null!, new int[3], length: 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TicketLog(reply, new double[3], new int[3], length: -1));
        Assert.Throws<ArgumentNullException>(() => { TicketColumns _ = (TicketLog)null!; });
    }
}
