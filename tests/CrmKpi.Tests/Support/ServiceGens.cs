using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;

namespace CrmKpi.Tests.Support;

/// <summary>Generators for survey answers and call logs.</summary>
internal static class ServiceGens
{
    /// <summary>NPS answers 0-10, 0 to 300 of them.</summary>
    public static Gen<byte[]> NpsAnswers =>
        Gen.Choose(0, 10).Select(a => (byte)a).ArrayOf().Select(a => a.Take(300).ToArray());

    /// <summary>A random call log as arrays (the row kind mixes answered, abandoned and blocked calls).</summary>
    public static Gen<RandomCalls> CallLogs =>
        Gen.Choose(0, 200).SelectMany(n => Gen.Choose(0, int.MaxValue).Select(seed => RandomCalls.Random(n, seed)));

    /// <summary>Traffic from 0.1 to 2,000 Erlangs.</summary>
    public static Gen<double> Traffic => Gen.Choose(1, 20_000).Select(t => t / 10.0);
}

/// <summary>A call log in arrays, for tests.</summary>
internal sealed record RandomCalls(double[] Wait, double[] Talk, double[] Hold, double[] Work, bool[] Abandoned, bool[] Blocked)
{
    public CallColumns Columns => new(Wait, Talk, Hold, Work, Abandoned, Blocked);

    public int Length => Wait.Length;

    /// <summary>A log of <paramref name="n"/> calls: waits in whole and half seconds (so ties with thresholds happen), some zero.</summary>
    public static RandomCalls Random(int n, int seed)
    {
        var r = new Random(seed);
        var log = new RandomCalls(new double[n], new double[n], new double[n], new double[n], new bool[n], new bool[n]);
        for (int i = 0; i < n; i++)
        {
            log.Wait[i] = r.Next(0, 121) / 2.0;
            log.Talk[i] = Math.Round(r.NextDouble() * 600, 3);
            log.Hold[i] = r.Next(4) == 0 ? Math.Round(r.NextDouble() * 60, 3) : 0;
            log.Work[i] = Math.Round(r.NextDouble() * 90, 3);
            int kind = r.Next(10);
            log.Abandoned[i] = kind is 7 or 8 or 9;
            log.Blocked[i] = kind == 9 || (kind == 6 && r.Next(2) == 0);
        }

        return log;
    }

    /// <summary>The same rows in the order given by <paramref name="order"/>.</summary>
    public RandomCalls Permuted(int[] order) => new(
        order.Select(i => Wait[i]).ToArray(),
        order.Select(i => Talk[i]).ToArray(),
        order.Select(i => Hold[i]).ToArray(),
        order.Select(i => Work[i]).ToArray(),
        order.Select(i => Abandoned[i]).ToArray(),
        order.Select(i => Blocked[i]).ToArray());
}
