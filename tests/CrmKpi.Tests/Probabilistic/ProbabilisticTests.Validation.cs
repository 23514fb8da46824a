using System;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>Failure behaviour of the probabilistic CLV models (catalog V6): clear exceptions, honest diagnostics.</summary>
public partial class ProbabilisticTests
{
    [Fact]
    public void Fit_EmptySummary_ThrowsArgumentException()
    {
        Assert.Equal("summary", Assert.Throws<ArgumentException>(() => BetaGeo.Fit(new CustomerSummaryColumns([], [], []))).ParamName);
        Assert.Equal("summary", Assert.Throws<ArgumentException>(() => ParetoNbd.Fit(new CustomerSummaryColumns([], [], []))).ParamName);
    }

    [Fact]
    public void Fit_SingleCustomer_ThrowsArgumentException()
    {
        double[] x = [3.0], tx = [10.0], t = [20.0];

        Assert.Equal("summary", Assert.Throws<ArgumentException>(() => BetaGeo.Fit(new CustomerSummaryColumns(x, tx, t))).ParamName);
        Assert.Equal("summary", Assert.Throws<ArgumentException>(() => ParetoNbd.Fit(new CustomerSummaryColumns(x, tx, t))).ParamName);
    }

    [Fact]
    public void Fit_AllZeroFrequency_ThrowsArgumentException()
    {
        double[] x = [0.0, 0.0, 0.0], tx = [0.0, 0.0, 0.0], t = [5.0, 10.0, 20.0];

        ArgumentException e = Assert.Throws<ArgumentException>(() => BetaGeo.Fit(new CustomerSummaryColumns(x, tx, t)));
        Assert.Equal("summary", e.ParamName);
        Assert.Contains("repeat purchases", e.Message, StringComparison.Ordinal);
        Assert.Equal("summary", Assert.Throws<ArgumentException>(() => ParetoNbd.Fit(new CustomerSummaryColumns(x, tx, t))).ParamName);
    }

    [Fact]
    public void GammaGammaFit_FewerThanTwoRepeatCustomers_ThrowsArgumentException() =>
        Assert.Equal("frequency", Assert.Throws<ArgumentException>(() => GammaGamma.Fit([0.0, 2.0, 0.0], [0.0, 10.0, 0.0])).ParamName);

    [Fact]
    public void GammaGammaFit_ZeroSpendForRepeatCustomer_ThrowsNamingColumn()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => GammaGamma.Fit([1.0, 2.0, 3.0], [5.0, 0.0, 7.0]));

        Assert.Equal("monetaryValue", e.ParamName);
        Assert.Equal(0.0, e.ActualValue);
        Assert.Contains("monetaryValue[1]", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_IterationLimitReached_ReportsNotConverged()
    {
        BetaGeo model = BetaGeo.Fit(CdnowFiles.CustomersSummary.Columns, maxIterations: 2);

        FitDiagnostics d = model.Diagnostics!;
        Assert.False(d.Converged);
        Assert.True(d.Iterations <= 2);
        Assert.True(d.GradientNorm > 1e-5, d.ToString());
        Assert.Contains("MaximumIterations", d.ExitReason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1.0, 0.0, 5.0, "frequency")]
    [InlineData(1.5, 1.0, 5.0, "frequency")]
    [InlineData(2.0, 6.0, 5.0, "recency")]
    [InlineData(0.0, 1.0, 5.0, "recency")]
    [InlineData(1.0, 1.0, double.NaN, "age")]
    public void Fit_BadElement_ThrowsNamingColumnAndValue(double x, double tx, double t, string column)
    {
        double[] xs = [1, x], txs = [1, tx], ts = [10, t];
        double expected = column switch { "frequency" => x, "recency" => tx, _ => t };

        var e = Assert.Throws<ArgumentOutOfRangeException>(() => BetaGeo.Fit(new CustomerSummaryColumns(xs, txs, ts)));

        Assert.Equal(column, e.ParamName);
        Assert.Equal(expected, e.ActualValue);
        Assert.Contains(column + "[1]", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructors_NonPositiveParameter_ThrowArgumentOutOfRange()
    {
        Assert.Equal("r", Assert.Throws<ArgumentOutOfRangeException>(() => new BetaGeo(0, 1, 1, 1)).ParamName);
        Assert.Equal("beta", Assert.Throws<ArgumentOutOfRangeException>(() => new ParetoNbd(1, 1, 1, double.NaN)).ParamName);
        Assert.Equal(-2.0, Assert.Throws<ArgumentOutOfRangeException>(() => new GammaGamma(1, 1, -2)).ActualValue);
    }

    [Fact]
    public void CustomerSummaryColumns_DifferentLengths_ThrowArgumentException() =>
        Assert.Equal("age", Assert.Throws<ArgumentException>(() => new CustomerSummaryColumns([1.0], [1.0], [1.0, 2.0])).ParamName);

    [Fact]
    public void FromTransactions_BadRows_ThrowNamingColumnAndRow()
    {
        LocalDate[] dates = [new(2024, 1, 1), new(2024, 1, 2)];

        var index = Assert.Throws<ArgumentOutOfRangeException>(() => CustomerSummary.FromTransactions(new TransactionColumns([0, 5], dates, [1.0, 2.0], 2), CalibrationEnd, SummaryTimeUnit.Days));
        var amount = Assert.Throws<ArgumentOutOfRangeException>(() => CustomerSummary.FromTransactions(new TransactionColumns([0, 1], dates, [1.0, double.NaN], 2), CalibrationEnd, SummaryTimeUnit.Days));
        var holdout = Assert.Throws<ArgumentOutOfRangeException>(() => CustomerSummary.FromTransactions(new TransactionColumns([0, 1], dates, [1.0, 2.0], 2), CalibrationEnd, CalibrationEnd.PlusDays(-1), SummaryTimeUnit.Days));

        Assert.Equal(("customerIndexes", (object?)5), (index.ParamName, index.ActualValue));
        Assert.Equal("amounts", amount.ParamName);
        Assert.Contains("amounts[1]", amount.Message, StringComparison.Ordinal);
        Assert.Equal("holdoutEnd", holdout.ParamName);
    }

    [Fact]
    public void Clv_ShortDestination_ThrowsArgumentException()
    {
        var spend = new GammaGamma(6.25, 3.74, 15.44);
        var model = new BetaGeo(0.243, 4.414, 0.793, 2.426);
        double[] destination = new double[1];

        var e = Assert.Throws<ArgumentException>(() => spend.Clv(model, new CustomerSummaryColumns([1.0, 2.0], [1.0, 2.0], [3.0, 4.0]), [10.0, 20.0], 12, 4.35, 0.01, destination));

        Assert.Equal("destination", e.ParamName);
    }

    [Fact]
    public void Predictions_BadHistory_ThrowArgumentOutOfRange()
    {
        var model = new BetaGeo(0.243, 4.414, 0.793, 2.426);

        Assert.Equal("recency", Assert.Throws<ArgumentOutOfRangeException>(() => model.ProbabilityAlive(1, 40, 30)).ParamName);
        Assert.Equal("time", Assert.Throws<ArgumentOutOfRangeException>(() => model.ConditionalExpectedPurchases(-1, 1, 10, 30)).ParamName);
        Assert.Equal("frequency", Assert.Throws<ArgumentOutOfRangeException>(() => new ParetoNbd(1, 1, 1, 1).ProbabilityAlive(-2, 0, 30)).ParamName);
    }
}
