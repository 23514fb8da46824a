using System;
using System.Linq;
using CrmKpi.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>S13 first-contact resolution: golden values, a per-ticket oracle, validation.</summary>
public partial class SatisfactionTests
{
    // Catalog S13: 420 / 500 = 84%; over all issues (hand calculation, 600 issues): 420 / 600 = 0.7.
    [Fact]
    public void FirstContactResolution_Catalog420Of500_Is084()
    {
        Assert.Equal(0.84, CrmKpi.Satisfaction.FirstContactResolution(420, 500));
        Assert.Equal(0.84, CrmKpi.Satisfaction.FirstContactResolution(420, 500, 600, FcrDenominator.ResolvedIssues));
        Assert.Equal(0.7, CrmKpi.Satisfaction.FirstContactResolution(420, 500, 600, FcrDenominator.AllIssues));
    }

    // Hand calculation: resolved with 1, 1, 3 and 0 contacts, one unresolved with 1 contact: 2 / 4 and 2 / 5.
    [Theory]
    [InlineData(FcrDenominator.ResolvedIssues, 0.5)]
    [InlineData(FcrDenominator.AllIssues, 0.4)]
    public void FirstContactResolution_Tickets_MatchesHandCount(FcrDenominator denominator, double expected)
    {
        var tickets = new TicketColumns([10, 10, 10, 10, double.NaN], [60, 120, 900, 30, double.NaN], [1, 1, 3, 0, 1]);
        Assert.Equal(expected, CrmKpi.Satisfaction.FirstContactResolution(tickets, denominator));
    }

    [Fact]
    public void FirstContactResolution_NoTickets_IsNaN() =>
        Assert.True(double.IsNaN(CrmKpi.Satisfaction.FirstContactResolution(new TicketColumns([], [], []), FcrDenominator.AllIssues)));

    // Against a per-ticket count by LINQ; the all-issues rate never exceeds the resolved-only rate.
    [Property]
    public Property FirstContactResolution_Tickets_MatchPerTicketOracle() =>
        Prop.ForAll(
            Gen.ArrayOf(Gen.Zip(Gen.Choose(-1, 3_600), Gen.Choose(0, 4))).ToArbitrary(),
            rows =>
            {
                double[] resolution = rows.Select(r => r.Item1 < 0 ? double.NaN : r.Item1).ToArray();
                int[] contacts = rows.Select(r => r.Item2).ToArray();
                var tickets = new TicketColumns(new double[rows.Length], resolution, contacts);
                int resolved = rows.Count(r => r.Item1 >= 0);
                int first = rows.Count(r => r.Item1 >= 0 && r.Item2 == 1);
                double overResolved = CrmKpi.Satisfaction.FirstContactResolution(tickets, FcrDenominator.ResolvedIssues);
                double overAll = CrmKpi.Satisfaction.FirstContactResolution(tickets, FcrDenominator.AllIssues);
                return ((double)first / resolved).Equals(overResolved)
                    && ((double)first / rows.Length).Equals(overAll)
                    && !(overAll > overResolved);
            });

    [Fact]
    public void FirstContactResolution_CountsNotNested_ThrowsNamingTheOuterCount()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => CrmKpi.Satisfaction.FirstContactResolution(501, 500));
        Assert.Equal("resolvedOnFirstContact", e.ParamName);
        Assert.Equal(501L, e.ActualValue);
        e = Assert.Throws<ArgumentOutOfRangeException>(() => CrmKpi.Satisfaction.FirstContactResolution(400, 700, 600, FcrDenominator.AllIssues));
        Assert.Equal("resolvedIssues", e.ParamName);
        Assert.Contains("allIssues (600)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FirstContactResolution_UndefinedDenominator_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => CrmKpi.Satisfaction.FirstContactResolution(1, 2, 3, (FcrDenominator)9));
        Assert.Equal("denominator", e.ParamName);
        e = Assert.Throws<ArgumentOutOfRangeException>(() => CrmKpi.Satisfaction.FirstContactResolution(new TicketColumns([1], [1], [1]), (FcrDenominator)(-1)));
        Assert.Equal("denominator", e.ParamName);
    }

    [Fact]
    public void FirstContactResolution_NegativeContacts_ThrowsNamingTheRow()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() =>
            CrmKpi.Satisfaction.FirstContactResolution(new TicketColumns([1, 1], [5, double.NaN], [1, -2]), FcrDenominator.ResolvedIssues));
        Assert.Equal("contacts", e.ParamName);
        Assert.Contains("contacts[1]", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FirstContactResolution_InfiniteResolution_ThrowsNamingTheRow()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() =>
            CrmKpi.Satisfaction.FirstContactResolution(new TicketColumns([1, 1], [5, double.PositiveInfinity], [1, 1]), FcrDenominator.ResolvedIssues));
        Assert.Equal("resolutionSeconds", e.ParamName);
        Assert.Contains("resolutionSeconds[1]", e.Message, StringComparison.Ordinal);
    }
}
