using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CrmKpi.Tests.Support;

/// <summary>Generators and a plain-LINQ oracle for the retention property tests.</summary>
internal static class RetentionGens
{
    /// <summary>Two windows in 2023-2024, the first ending before the second starts.</summary>
    public static Gen<(DateInterval Earlier, DateInterval Later)> OrderedWindows =>
        from a in Gen.Choose(0, 728)
        from b in Gen.Choose(0, 728)
        from c in Gen.Choose(0, 729)
        from d in Gen.Choose(0, 729)
        let days = new[] { a, b, c, d }.Order().ToArray()
        where days[1] < days[2]
        select (Window(days[0], days[1]), Window(days[2], days[3]));

    /// <summary>A range and a period unit (any unit; weeks over long ranges exercise the multi-word state).</summary>
    public static Gen<PeriodUnit> Unit => Gen.Elements(PeriodUnit.IsoWeek, PeriodUnit.Month, PeriodUnit.Quarter, PeriodUnit.Year);

    /// <summary>Counts S and lost ≤ S.</summary>
    public static Gen<(long AtStart, long Lost)> AtStartAndLost =>
        from s in Gen.Choose(0, 1_000_000)
        from lost in Gen.Choose(0, s)
        select ((long)s, (long)lost);

    private static DateInterval Window(int from, int to) =>
        new(new LocalDate(2023, 1, 1).PlusDays(from), new LocalDate(2023, 1, 1).PlusDays(to));

    /// <summary>The customers of a log with a row inside the window, by LINQ.</summary>
    public static HashSet<int> BuyersIn(RandomLog log, DateInterval window) =>
        Enumerable.Range(0, log.Length).Where(i => window.Contains(log.Dates[i])).Select(i => log.Customers[i]).ToHashSet();

    /// <summary>Each customer's earliest date, by LINQ.</summary>
    public static Dictionary<int, LocalDate> FirstPurchases(RandomLog log) =>
        Enumerable.Range(0, log.Length).GroupBy(i => log.Customers[i]).ToDictionary(g => g.Key, g => g.Min(i => log.Dates[i]));

    /// <summary>The counts by their definitions, written with sets; <paramref name="baseWindow"/> null means "first purchase before the window".</summary>
    public static RetentionCounts Counts(RandomLog log, DateInterval window, DateInterval? baseWindow)
    {
        Dictionary<int, LocalDate> first = FirstPurchases(log);
        HashSet<int> before = first.Where(kv => kv.Value < window.Start).Select(kv => kv.Key).ToHashSet();
        HashSet<int> atStart = baseWindow is null ? before : BuyersIn(log, baseWindow);
        HashSet<int> active = BuyersIn(log, window);
        HashSet<int> fresh = first.Where(kv => window.Contains(kv.Value)).Select(kv => kv.Key).ToHashSet();
        long repeat = Enumerable.Range(0, log.Length).Where(i => window.Contains(log.Dates[i]))
            .GroupBy(i => log.Customers[i]).Count(g => g.Count() >= 2);
        return new RetentionCounts(
            AtStart: atStart.Count,
            New: fresh.Count,
            Retained: atStart.Count(active.Contains),
            Lost: atStart.Count(c => !active.Contains(c)),
            Reactivated: active.Count(c => before.Contains(c) && !atStart.Contains(c)),
            Active: active.Count,
            Repeat: repeat,
            Total: first.Count(kv => kv.Value <= window.End));
    }
}
