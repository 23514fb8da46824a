using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmKpi.Tests.Support;

/// <summary>
/// An independent, sort-based RFM scorer for the tests: ranks with LINQ (value, then customer index),
/// cuts ranks at pandas' qcut edges 1 + (n - 1) j / k computed in decimal, and for value-based scoring
/// gives every tie group the bin of its first member.
/// </summary>
internal static class RfmOracle
{
    public static RfmScore[] Scores(IReadOnlyList<RfmValues> values, int k, RfmScoring scoring)
    {
        int[] scored = Enumerable.Range(0, values.Count).Where(i => values[i].Frequency > 0).ToArray();
        int[] r = Bins(scored, i => values[i].RecencyDays, k, scoring);
        int[] f = Bins(scored, i => values[i].Frequency, k, scoring);
        int[] m = Bins(scored, i => values[i].Monetary, k, scoring);
        var result = new RfmScore[values.Count];
        for (int s = 0; s < scored.Length; s++)
        {
            result[scored[s]] = new RfmScore((byte)(k + 1 - r[s]), (byte)f[s], (byte)m[s]);
        }

        return result;
    }

    /// <summary>The bin (1..k) of each of the scored customers, in the order of <paramref name="scored"/>.</summary>
    private static int[] Bins<T>(int[] scored, Func<int, T> value, int k, RfmScoring scoring)
        where T : IComparable<T>
    {
        int n = scored.Length;
        int[] order = scored.Select((customer, s) => (customer, s)).OrderBy(p => value(p.customer)).ThenBy(p => p.customer).Select(p => p.s).ToArray();
        int[] bins = new int[n];
        for (int rank = 1; rank <= n; rank++)
        {
            bins[order[rank - 1]] = BinOfRank(rank, n, k);
        }

        if (scoring == RfmScoring.ValueBased)
        {
            foreach (var group in Enumerable.Range(0, n).GroupBy(s => value(scored[s])))
            {
                int low = group.Min(s => bins[s]);
                foreach (int s in group)
                {
                    bins[s] = low;
                }
            }
        }

        return bins;
    }

    /// <summary>pandas' rule: rank r is in bin j when edge(j - 1) &lt; r &lt;= edge(j), edge(j) = 1 + (n - 1) j / k; bin 1 includes rank 1.</summary>
    private static int BinOfRank(int rank, int n, int k)
    {
        if (n == 1)
        {
            return 1;
        }

        for (int j = 1; j <= k; j++)
        {
            decimal edge = 1 + ((decimal)(n - 1) * j / k);
            if (rank <= edge)
            {
                return j;
            }
        }

        throw new InvalidOperationException("rank beyond the last edge");
    }
}
