using System;
using System.Threading.Tasks;
using CrmKpi.Tests.Support;
using MathNet.Numerics.Distributions;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests.Hardening;

/// <summary>
/// Issue 12, library findings: counts whose total overflows, sums that overflow, Erlang loops at
/// int.MaxValue agents, and allocations that followed a huge customer count.
/// </summary>
public class OverflowAndExtremesTests
{
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(20);   // a hang detector, not a performance goal

    private static T WithinLimit<T>(Func<T> call)
    {
        Task<T> task = Task.Run(call);
        Assert.True(Task.WhenAny(task, Task.Delay(HangLimit)).GetAwaiter().GetResult() == task, "the call did not return (the loop it runs did not end)");
        return task.GetAwaiter().GetResult();
    }

    [Fact]
    public void Nps_CountsTotallingMoreThanLongMaxValue_ThrowNamingTheCount()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Satisfaction.Nps(long.MaxValue, 1, 0));
        Assert.Equal("passives", e.ParamName);
        e = Assert.Throws<ArgumentOutOfRangeException>(() => Satisfaction.Nps(long.MaxValue - 1, 1, 1));
        Assert.Equal("detractors", e.ParamName);
    }

    [Fact]
    public void Nps_CountsAtLongMaxValue_ComputeExactly()
    {
        NpsResult r = Satisfaction.Nps(long.MaxValue, 0, 0);
        Assert.Equal(100.0, r.Score);
        Assert.Equal(long.MaxValue, r.Count);
        Assert.Equal(-100.0, Satisfaction.Nps(0, 0, long.MaxValue).Score);
    }

    [Fact]
    public void WinRate_CountsTotallingMoreThanLongMaxValue_ThrowNamingTheCount()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Sales.WinRate(long.MaxValue, 1, 0, OpportunityDenominator.AllOpportunities));
        Assert.Equal("lost", e.ParamName);
        e = Assert.Throws<ArgumentOutOfRangeException>(() => Sales.WinRate(long.MaxValue, 0, 1, OpportunityDenominator.AllOpportunities));
        Assert.Equal("open", e.ParamName);
        e = Assert.Throws<ArgumentOutOfRangeException>(() => Sales.FailureRate(1, long.MaxValue, 0, OpportunityDenominator.ClosedOnly));
        Assert.Equal("lost", e.ParamName);
        Assert.Equal(1.0, Sales.WinRate(long.MaxValue, 0, long.MaxValue, OpportunityDenominator.ClosedOnly));
    }

    [Fact]
    public void AverageOrderValue_SumBeyondDoubleRange_IsInfinityNotNaN()
    {
        Assert.Equal(double.PositiveInfinity, CustomerValue.AverageOrderValue([1e308, 1e308]));
        Assert.Equal(double.NegativeInfinity, CustomerValue.AverageOrderValue([-1e308, -1e308]));
        double[] many = new double[40];
        Array.Fill(many, 1e308);
        Assert.Equal(double.PositiveInfinity, CustomerValue.AverageOrderValue(many));
    }

    [Fact]
    public void AverageOrderValue_PartialSumsOverflowButExactSumIsFinite_IsExact()
    {
        // 16 x 1e308 then 16 x -1e308 then 3: every vector lane overflows, the exact sum is 3.
        double[] values = new double[33];
        for (int i = 0; i < 16; i++)
        {
            values[i] = 1e308;
            values[16 + i] = -1e308;
        }

        values[32] = 3;
        Assert.Equal(3.0 / 33, CustomerValue.AverageOrderValue(values));
        Assert.Equal(1e308 / 3, CustomerValue.AverageOrderValue([1e308, 1e308, -1e308]));
    }

    [Fact]
    public void Arpu_RevenueBeyondDoubleRange_IsInfinity()
    {
        var log = new TransactionColumns([0, 1], [new LocalDate(2024, 1, 1), new LocalDate(2024, 1, 2)], [1e308, 1e308], 2);
        Assert.Equal(double.PositiveInfinity, Acquisition.Arpu(log, new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 1, 31))));
    }

    [Fact]
    public void TransactionColumns_CustomerCountAboveArrayMaxLength_ThrowsNamingIt()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new TransactionColumns([], [], [], int.MaxValue));
        Assert.Equal("customerCount", e.ParamName);
    }

    [Fact]
    public void Arpu_HugeCustomerCount_CountsDistinctCustomersWithoutAPerCustomerTable()
    {
        int[] customers = [0, Array.MaxLength - 1, 0, 7];
        LocalDate[] dates = [new(2024, 1, 1), new(2024, 1, 2), new(2024, 1, 3), new(2023, 12, 31)];
        double[] amounts = [10, 20, 30, 1000];
        var log = new TransactionColumns(customers, dates, amounts, Array.MaxLength);
        var january = new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 1, 31));
        long before = GC.GetAllocatedBytesForCurrentThread();
        double arpu = Acquisition.Arpu(log, january);
        Assert.Equal(60.0 / 2, arpu);   // three January rows by two distinct customers
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 1 << 20, "allocated per customer");
    }

    [Fact]
    public void Arpu_SparseAndBitSetPaths_Agree()
    {
        // The same rows with a customer count just under and just over the sparse threshold.
        var random = new Random(12);
        int rows = 200;
        int[] customers = new int[rows];
        LocalDate[] dates = new LocalDate[rows];
        double[] amounts = new double[rows];
        for (int i = 0; i < rows; i++)
        {
            customers[i] = random.Next(50);
            dates[i] = new LocalDate(2024, 1, 1).PlusDays(random.Next(90));
            amounts[i] = random.Next(1, 10_000) / 100.0;
        }

        var window = new DateInterval(new LocalDate(2024, 2, 1), new LocalDate(2024, 2, 29));
        double dense = Acquisition.Arpu(new TransactionColumns(customers, dates, amounts, 50), window);
        double sparse = Acquisition.Arpu(new TransactionColumns(customers, dates, amounts, (64 * rows) + 1), window);
        Assert.Equal(dense, sparse, 12);
    }

    [Fact]
    public void Erlang_AgentsIntMaxValue_ReturnAtOnce()
    {
        Assert.Equal(0.0, WithinLimit(() => Staffing.ErlangB(48, int.MaxValue)));
        Assert.Equal(0.0, WithinLimit(() => Staffing.ErlangC(48, int.MaxValue)));
        Assert.Equal(1.0, WithinLimit(() => Staffing.ErlangCServiceLevel(48, int.MaxValue, Duration.FromSeconds(240), Duration.FromSeconds(15))));
        ErlangAResult a = WithinLimit(() => Staffing.ErlangA(48, int.MaxValue, Duration.FromSeconds(240), Duration.FromSeconds(120)));
        Assert.Equal(0.0, a.ProbabilityOfWaiting);
        Assert.Equal(1.0, WithinLimit(() => Staffing.ErlangAServiceLevel(48, int.MaxValue, Duration.FromSeconds(240), Duration.FromSeconds(120), Duration.FromSeconds(15))));
    }

    [Theory]
    [InlineData(1e9, int.MaxValue)]
    [InlineData(2.1e9, int.MaxValue)]
    [InlineData(2.147e9, int.MaxValue)]
    [InlineData(2e6, 2_001_000)]
    [InlineData(2e6, 1_999_000)]
    [InlineData(1e308, int.MaxValue)]
    public void ErlangB_HugeTrafficAndLines_MatchesPoissonOracle(double traffic, int lines)
    {
        // B(n, A) = P(X = n) / P(X <= n) for X ~ Poisson(A), from MathNet's Poisson (an independent route).
        double b = WithinLimit(() => Staffing.ErlangB(traffic, lines));
        double expected, tolerance = 1e-9;
        if (traffic > 1e15)
        {
            expected = 1 / (1 + (lines / traffic));   // 1/B = 1 + n/A + n(n-1)/A^2 + ...; the rest is below 1e-280
        }
        else
        {
            double logPmf = Poisson.PMFLn(traffic, lines);
            expected = Math.Exp(logPmf - Math.Log(Poisson.CDF(traffic, lines)));
            tolerance += 1e-15 * lines * Math.Log(traffic);   // the oracle's log pmf cancels terms of size n ln A
        }

        Assert.True(Math.Abs(b - expected) <= tolerance * expected, $"B = {b:R}, expected {expected:R}");
    }

    [Theory]
    [InlineData(150_000.0, 150_000)]
    [InlineData(150_000.0, 151_000)]
    [InlineData(149_000.0, 150_500)]
    [InlineData(400_000.0, 250_000)]
    [InlineData(99_000.0, 101_000)]
    [InlineData(10.0, 2_000_000)]
    public void ErlangB_BeyondTheDirectLimit_EqualsTheFullRecursion(double traffic, int lines)
    {
        // The textbook recursion from B(0) = 1, run in full here as the oracle for the late start.
        double b = 1.0;
        for (int k = 1; k <= lines; k++)
        {
            b = traffic * b / (k + (traffic * b));
        }

        double actual = Staffing.ErlangB(traffic, lines);
        Assert.True(Math.Abs(actual - b) <= 1e-12 * b, $"B = {actual:R}, full recursion {b:R}");
    }

    [Fact]
    public void ErlangRequired_AnswersBeyondIntMaxValue_ThrowNamingTraffic()
    {
        Assert.Equal("trafficErlangs", Assert.Throws<ArgumentOutOfRangeException>(() => WithinLimit(() => Staffing.ErlangBServersRequired(1e308, 0.01))).ParamName);
        Assert.Equal("trafficErlangs", Assert.Throws<ArgumentOutOfRangeException>(() => WithinLimit(() => Staffing.ErlangCAgentsRequired(1e10, Duration.FromSeconds(180), Duration.FromSeconds(20), 0.8))).ParamName);
        Assert.Equal("trafficErlangs", Assert.Throws<ArgumentOutOfRangeException>(() => WithinLimit(() => Staffing.ErlangCAgentsRequiredForAsa(1e10, Duration.FromSeconds(180), Duration.FromSeconds(20)))).ParamName);
    }

    [Fact]
    public void ErlangBServersRequired_LargeTraffic_IsTheFewestLines()
    {
        int n = WithinLimit(() => Staffing.ErlangBServersRequired(1e6, 0.01));
        Assert.True(Staffing.ErlangB(1e6, n) <= 0.01);
        Assert.True(Staffing.ErlangB(1e6, n - 1) > 0.01);
    }

    [Fact]
    public void ErlangA_EndlessPatience_ThrowsNamingPatience()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => WithinLimit(() => Staffing.ErlangA(1e6, 1, Duration.FromSeconds(1), Duration.MaxValue)));
        Assert.Equal("averagePatience", e.ParamName);
    }

    [Fact]
    public void ErlangAServiceLevel_EndlessThreshold_IsTheShareEverAnswered()
    {
        // With T = Duration.MaxValue (about 46,000 years) in effect infinite, the service level is every answered call: 1 - P(abandon).
        double level = WithinLimit(() => Staffing.ErlangAServiceLevel(10, 11, Duration.FromSeconds(180), Duration.FromSeconds(120), Duration.MaxValue));
        ErlangAResult a = Staffing.ErlangA(10, 11, Duration.FromSeconds(180), Duration.FromSeconds(120));
        Assert.Equal(1 - a.ProbabilityOfAbandonment, level, 9);
    }
}
