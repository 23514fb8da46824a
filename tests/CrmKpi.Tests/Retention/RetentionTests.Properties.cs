using System;
using System.Collections.Generic;
using System.Linq;
using CrmKpi.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

public partial class RetentionTests
{
    private static bool IsShare(double x) => x is >= 0 and <= 1;

    // CRR and churn against a scenario built customer by customer: S customers at start, of whom `kept` are still customers at the end,
    // and `fresh` new ones acquired in the window. The caller of Crr sees only E = kept + fresh, N = fresh and S; the scenario knows
    // the answer as the share kept, kept / S, and churn as the share lost, (S - kept) / S. Both sides divide the same integers: exact.
    [Property]
    public Property CrrAndChurn_EqualSharesKeptAndLostOfAScenario() =>
        Prop.ForAll(RetentionGens.AtStartAndLost.ToArbitrary(), Gens.Count().ToArbitrary(), (t, fresh) =>
        {
            (long s, long lost) = t;
            long kept = s - lost;
            double crr = Retention.Crr(kept + fresh, fresh, s);
            double churn = Retention.ChurnRate(lost, s);
            return ((double)kept / s).Equals(crr) && ((double)lost / s).Equals(churn) && (s == 0 || (IsShare(crr) && IsShare(churn)));
        });

    // Over logs, in the cumulative reading (EverBoughtBefore), CRR against the share of the customers at start (first purchase before the window) found among the window's buyers,
    // and churn against the share not found, both taken by LINQ sets.
    [Property]
    public Property CrrAndChurn_ColumnForms_EqualSetShares() =>
        Prop.ForAll(TransactionGens.Log().ToArbitrary(), TransactionGens.Window.ToArbitrary(), (log, window) =>
        {
            var atStart = RetentionGens.FirstPurchases(log).Where(kv => kv.Value < window.Start).Select(kv => kv.Key).ToHashSet();
            HashSet<int> buyers = RetentionGens.BuyersIn(log, window);
            double kept = (double)atStart.Count(buyers.Contains) / atStart.Count;
            double lost = (double)atStart.Count(c => !buyers.Contains(c)) / atStart.Count;
            return kept.Equals(Retention.Crr(log.Columns, window, CustomersAtStartBasis.EverBoughtBefore))
                && lost.Equals(Retention.ChurnRate(log.Columns, window, ChurnDenominator.CustomersAtStart, CustomersAtStartBasis.EverBoughtBefore));
        });

    // The kernel's counts equal the definitions written with LINQ sets, for both definitions of "at start".
    [Property]
    public Property Classify_RandomLogs_EqualsSetDefinitions() =>
        Prop.ForAll(TransactionGens.Log().ToArbitrary(), RetentionGens.OrderedWindows.ToArbitrary(), (log, windows) =>
            Retention.Classify(log.Columns, windows.Later) == RetentionGens.Counts(log, windows.Later, null)
            && Retention.Classify(log.Columns, windows.Later, windows.Earlier) == RetentionGens.Counts(log, windows.Later, windows.Earlier));

    // Each column form equals its scalar form on the counts derived independently, and every share is in [0, 1].
    [Property]
    public Property ColumnForms_EqualScalarFormsOnDerivedCounts() =>
        Prop.ForAll(TransactionGens.Log().ToArbitrary(), TransactionGens.Window.ToArbitrary(), (log, window) =>
        {
            RetentionCounts c = RetentionGens.Counts(log, window, null);
            TransactionColumns tx = log.Columns;
            double[] pairs =
            [
                Retention.ChurnRate(c.Lost, c.AtStart), Retention.ChurnRate(tx, window, ChurnDenominator.CustomersAtStart, CustomersAtStartBasis.EverBoughtBefore),
                Retention.ChurnRate(c.Lost, c.AtStart, c.Total, ChurnDenominator.TotalCustomers), Retention.ChurnRate(tx, window, ChurnDenominator.TotalCustomers, CustomersAtStartBasis.EverBoughtBefore),
                Retention.Crr(c.Active, c.New, c.AtStart), Retention.Crr(tx, window, CustomersAtStartBasis.EverBoughtBefore),
                Retention.RepurchaseRate(c.Repeat, c.Active), Retention.RepurchaseRate(tx, window),
                Retention.RetentionCost(1_000, c.Retained), Retention.RetentionCost(tx, window, 1_000),
            ];
            bool equal = Enumerable.Range(0, pairs.Length / 2).All(k => pairs[2 * k].Equals(pairs[(2 * k) + 1]));
            bool shares = new[] { pairs[0], pairs[2], pairs[4], pairs[6] }.All(x => double.IsNaN(x) || IsShare(x));
            return equal && shares;
        });

    // The loyalty index over logs, with every weight in play (satisfaction 2, repurchase 3, referral 5), against the weighted mean written
    // out in decimal with the repurchase rate counted by LINQ: customers with two or more rows in the window / customers with one.
    // Nobody active leaves the repurchase part undefined, and with a positive weight the index is NaN. Decimal division is exact to 28
    // digits; the library's double sum of three products rounds a few times: 1e-14 relative allows about 45 ulps.
    [Property]
    public Property LoyaltyIndex_ColumnForm_EqualsDecimalWeightedMean() =>
        Prop.ForAll(TransactionGens.Log().ToArbitrary(), TransactionGens.Window.ToArbitrary(), Gen.Choose(0, 100).Two().ToArbitrary(), (log, window, parts) =>
        {
            decimal satisfaction = parts.Item1 / 100m, referral = parts.Item2 / 100m;
            var perCustomer = Enumerable.Range(0, log.Length).Where(i => window.Contains(log.Dates[i])).GroupBy(i => log.Customers[i]).ToArray();
            double actual = Retention.LoyaltyIndex(log.Columns, window, (double)satisfaction, (double)referral, new LoyaltyWeights(2, 3, 5));
            if (perCustomer.Length == 0)
            {
                return double.IsNaN(actual);
            }

            decimal repurchase = (decimal)perCustomer.Count(g => g.Count() >= 2) / perCustomer.Length;
            decimal expected = ((2 * satisfaction) + (3 * repurchase) + (5 * referral)) / 10;
            return Approx.Close((double)expected, actual, Tolerances.FewUlpsRelative);
        });

    [Property]
    public Property YearOverYearRetention_ColumnForm_EqualsScalarFormOnSetCounts() =>
        Prop.ForAll(TransactionGens.Log().ToArbitrary(), RetentionGens.OrderedWindows.ToArbitrary(), (log, windows) =>
        {
            HashSet<int> previous = RetentionGens.BuyersIn(log, windows.Earlier);
            HashSet<int> current = RetentionGens.BuyersIn(log, windows.Later);
            double expected = Retention.YearOverYearRetention(previous.Count(current.Contains), previous.Count);
            double actual = Retention.YearOverYearRetention(log.Columns, windows.Later, windows.Earlier);
            return expected.Equals(actual) && (double.IsNaN(actual) || IsShare(actual));
        });

    // Revenue: the column form equals the span form on per-customer sums computed by LINQ; the parts add up; GRR is a share.
    [Property]
    public Property DecomposeRevenue_ColumnForm_EqualsSpanFormOnLinqSums() =>
        Prop.ForAll(TransactionGens.Log().ToArbitrary(), RetentionGens.OrderedWindows.ToArbitrary(), (log, windows) =>
        {
            double[] SumIn(DateInterval w) => Enumerable.Range(0, log.CustomerCount)
                .Select(c => (double)Enumerable.Range(0, log.Length).Where(i => log.Customers[i] == c && w.Contains(log.Dates[i])).Sum(i => (decimal)log.Amounts[i]))
                .ToArray();
            RevenueMovement expected = Retention.DecomposeRevenue(SumIn(windows.Earlier), SumIn(windows.Later));
            RevenueMovement actual = Retention.DecomposeRevenue(log.Columns, windows.Earlier, windows.Later);
            double grr = Retention.GrossRevenueRetention(actual);
            double nrr = Retention.NetRevenueRetention(actual);
            const double tol = Tolerances.AccurateSumRelative;
            return Approx.Close(expected.StartRevenue, actual.StartRevenue, tol) && Approx.Close(expected.Expansion, actual.Expansion, tol)
                && Approx.Close(expected.Contraction, actual.Contraction, tol) && Approx.Close(expected.Churned, actual.Churned, tol)
                && Approx.Close(expected.NewRevenue, actual.NewRevenue, tol)
                && (actual.StartRevenue == 0 ? double.IsNaN(grr) : grr >= -1e-12 && grr <= 1 + 1e-12 && nrr >= grr);
        });

    // The cohort table equals a LINQ grouping by first-purchase period; cohort sizes sum to the customers first seen in range.
    [Property]
    public Property Cohorts_RandomLogs_EqualLinqGrouping() =>
        Prop.ForAll(TransactionGens.Log(80, 15).ToArbitrary(), TransactionGens.Window.ToArbitrary(), RetentionGens.Unit.ToArbitrary(), (log, range, unit) =>
        {
            CohortTable t = Retention.Cohorts(log.Columns, range, unit);
            DateInterval[] periods = Periods.Split(range, unit);
            int PeriodOf(LocalDate d) => Array.FindIndex(periods, p => p.Contains(d));
            Dictionary<int, LocalDate> first = RetentionGens.FirstPurchases(log);
            var cohortOf = first.Where(kv => range.Contains(kv.Value)).ToDictionary(kv => kv.Key, kv => PeriodOf(kv.Value));
            var expected = new long[periods.Length, periods.Length];
            foreach (var cell in Enumerable.Range(0, log.Length)
                .Where(i => cohortOf.ContainsKey(log.Customers[i]) && range.Contains(log.Dates[i]))
                .Select(i => (Customer: log.Customers[i], Cohort: cohortOf[log.Customers[i]], After: PeriodOf(log.Dates[i]) - cohortOf[log.Customers[i]]))
                .Distinct())
            {
                expected[cell.Cohort, cell.After]++;
            }

            bool sharesOk = Enumerable.Range(0, t.CohortCount).All(q => Enumerable.Range(0, t.PeriodCount).All(k =>
                t.IsObserved(q, k) && t.Size(q) > 0 ? IsShare(t.Share(q, k)) : double.IsNaN(t.Share(q, k))));
            return t.CohortCount == periods.Length
                && t.TotalCustomers == cohortOf.Count
                && Enumerable.Range(0, periods.Length).All(q => t.Size(q) == cohortOf.Values.Count(v => v == q))
                && t.ToCountArray().Cast<long>().SequenceEqual(expected.Cast<long>())
                && sharesOk;
        });

    // Long weekly ranges need more than one word of state per customer.
    [Fact]
    public void Cohorts_WeeklyOverTwoYears_UsesEveryWeek()
    {
        var range = new DateInterval(new LocalDate(2023, 1, 2), new LocalDate(2024, 12, 29));   // 104 ISO weeks, Monday to Sunday
        int[] customers = [0, 0, 0, 1, 1];
        LocalDate[] dates = [new(2023, 1, 3), new(2023, 6, 1), new(2024, 12, 29), new(2024, 6, 5), new(2024, 12, 23)];
        CohortTable t = Retention.Cohorts(new TransactionColumns(customers, dates, new double[5], 2), range, PeriodUnit.IsoWeek);
        Assert.Equal(104, t.CohortCount);
        Assert.Equal(1, t.Size(0));
        Assert.Equal(1, t.Active(0, 103));   // 2024-12-29 is a Sunday, the last day of week 104
        Assert.Equal(1, t.Active(0, 21));    // 2023-06-01 is in the 22nd ISO week of 2023
        int june5 = Array.FindIndex(Periods.IsoWeeks(range), w => w.Contains(new LocalDate(2024, 6, 5)));
        Assert.Equal(1, t.Size(june5));
        Assert.Equal(1, t.Active(june5, 103 - june5));   // 2024-12-23 is the Monday of the last week
    }

    // Shuffling the rows changes nothing.
    [Property]
    public Property Kernels_ShuffledRows_SameResults() =>
        Prop.ForAll(TransactionGens.Log().ToArbitrary(), RetentionGens.OrderedWindows.ToArbitrary(), Gen.Choose(0, int.MaxValue).ToArbitrary(), (log, windows, seed) =>
        {
            RandomLog shuffled = log.Shuffled(seed);
            var range = new DateInterval(windows.Earlier.Start, windows.Later.End);
            RevenueMovement a = Retention.DecomposeRevenue(log.Columns, windows.Earlier, windows.Later);
            RevenueMovement b = Retention.DecomposeRevenue(shuffled.Columns, windows.Earlier, windows.Later);
            return Retention.Classify(log.Columns, windows.Later) == Retention.Classify(shuffled.Columns, windows.Later)
                && Retention.Classify(log.Columns, windows.Later, windows.Earlier) == Retention.Classify(shuffled.Columns, windows.Later, windows.Earlier)
                && Retention.Cohorts(log.Columns, range, PeriodUnit.Month).ToCountArray().Cast<long>().SequenceEqual(Retention.Cohorts(shuffled.Columns, range, PeriodUnit.Month).ToCountArray().Cast<long>())
                && Approx.Close(a.StartRevenue, b.StartRevenue, Tolerances.AccurateSumRelative) && Approx.Close(a.Expansion, b.Expansion, Tolerances.AccurateSumRelative)
                && Approx.Close(a.Churned, b.Churned, Tolerances.AccurateSumRelative) && Approx.Close(a.Contraction, b.Contraction, Tolerances.AccurateSumRelative);
        });

    // A workspace reused across logs of different sizes gives the results of fresh scratch.
    [Property]
    public Property Workspace_ReusedAcrossLogs_SameAsPooled()
    {
        var workspace = new RetentionWorkspace();
        return Prop.ForAll(TransactionGens.Log().ToArbitrary(), RetentionGens.OrderedWindows.ToArbitrary(), (log, windows) =>
        {
            var range = new DateInterval(windows.Earlier.Start, windows.Later.End);
            return Retention.Classify(log.Columns, windows.Later, workspace) == Retention.Classify(log.Columns, windows.Later)
                && Retention.Classify(log.Columns, windows.Later, windows.Earlier, workspace) == Retention.Classify(log.Columns, windows.Later, windows.Earlier)
                && Retention.Cohorts(log.Columns, range, PeriodUnit.IsoWeek, workspace).ToCountArray().Cast<long>().SequenceEqual(Retention.Cohorts(log.Columns, range, PeriodUnit.IsoWeek).ToCountArray().Cast<long>())
                && Retention.DecomposeRevenue(log.Columns, windows.Earlier, windows.Later, workspace) == Retention.DecomposeRevenue(log.Columns, windows.Earlier, windows.Later)
                && workspace.AllocatedBytes > 0;   // every generated log has a customer, so the workspace has grown
        });
    }

    [Property]
    public Property RenewalRate_ColumnForm_EqualsScalarFormOnCounts() =>
        Prop.ForAll(Gen.ArrayOf(TransactionGens.Date).ToArbitrary(), TransactionGens.Window.ToArbitrary(), Gen.Choose(0, int.MaxValue).ToArbitrary(), (due, window, seed) =>
        {
            var random = new Random(seed);
            bool[] renewed = due.Select(_ => random.Next(2) == 1).ToArray();
            int[] inWindow = Enumerable.Range(0, due.Length).Where(i => window.Contains(due[i])).ToArray();
            double expected = Retention.RenewalRate(inWindow.Count(i => renewed[i]), inWindow.Length);
            return expected.Equals(Retention.RenewalRate(due, renewed, window));
        });


    // The cohort table partitioned by customer block (blocks of 1 to 16 customers, empty ones, a partial last one) equals the
    // direct pass, for any log, range, unit (weeks over long ranges: several mask words a customer) and row order.
    [Property]
    public Property Cohorts_PartitionedPath_EqualsDirectPath() =>
        Prop.ForAll(BlockGens.Log.ToArbitrary(), TransactionGens.Window.ToArbitrary(), RetentionGens.Unit.SelectMany(u => BlockGens.Shift.Select(s => (u, s))).ToArbitrary(), (log, range, choice) =>
        {
            (PeriodUnit unit, int shift) = choice;
            RandomLog rows = shift % 2 == 0 ? log : log.Shuffled(shift);
            var workspace = new RetentionWorkspace();
            CohortTable direct = Retention.Cohorts(rows.Columns, range, unit, workspace, -1);
            CohortTable blocked = Retention.Cohorts(rows.Columns, range, unit, workspace, shift);
            return Enumerable.Range(0, direct.CohortCount).All(q => direct.Size(q) == blocked.Size(q))
                && direct.ToCountArray().Cast<long>().SequenceEqual(blocked.ToCountArray().Cast<long>());
        });

    // Customers only in the first and last of many blocks, some rows before the range: empty blocks and earlier buyers are handled.
    [Property]
    public Property Cohorts_PartitionedWithEmptyBlocks_EqualsDirectPath() =>
        Prop.ForAll(BlockGens.SparseLog.ToArbitrary(), BlockGens.Shift.ToArbitrary(), (log, shift) =>
        {
            LocalDate[] dates = log.Dates.Select((d, i) => i % 7 == 3 ? BlockGens.Early : d).ToArray();
            var columns = new TransactionColumns(log.Customers, dates, log.Amounts, log.CustomerCount);
            var range = new DateInterval(new LocalDate(2023, 1, 1), new LocalDate(2024, 6, 30));
            CohortTable direct = Retention.Cohorts(columns, range, PeriodUnit.Month, new RetentionWorkspace(), -1);
            CohortTable blocked = Retention.Cohorts(columns, range, PeriodUnit.Month, new RetentionWorkspace(), shift);
            return direct.TotalCustomers == blocked.TotalCustomers
                && direct.ToCountArray().Cast<long>().SequenceEqual(blocked.ToCountArray().Cast<long>());
        });

    // A weekly table over 400,000 customers (157 weeks: 24 bytes of masks a customer, 9.6 MB) takes the partitioned path
    // automatically, with the pooled and the caller's workspace, and equals the direct pass.
    [Fact]
    public void Cohorts_LogAbovePartitionThreshold_EqualsDirectPath()
    {
        const int customers = 400_000;
        var random = new Random(5);
        int rows = customers + 20_000;
        int[] c = new int[rows];
        var d = new LocalDate[rows];
        for (int i = 0; i < rows; i++)
        {
            c[i] = random.Next(customers);
            d[i] = new LocalDate(2022, 12, 1).PlusDays(random.Next(1130));
        }

        var log = new TransactionColumns(c, d, new double[rows], customers);
        var range = new DateInterval(new LocalDate(2023, 1, 2), new LocalDate(2025, 12, 28));
        CohortTable direct = Retention.Cohorts(log, range, PeriodUnit.IsoWeek, new RetentionWorkspace(), -1);
        CohortTable pooled = Retention.Cohorts(log, range, PeriodUnit.IsoWeek);
        CohortTable reused = Retention.Cohorts(log, range, PeriodUnit.IsoWeek, new RetentionWorkspace());
        Assert.Equal(direct.ToCountArray().Cast<long>(), pooled.ToCountArray().Cast<long>());
        Assert.Equal(direct.ToCountArray().Cast<long>(), reused.ToCountArray().Cast<long>());
        Assert.Equal(direct.TotalCustomers, pooled.TotalCustomers);
    }
}
