using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using CrmKpi.Internal;

namespace CrmKpi;

public static partial class Rfm
{
    /// <summary>The usual number of score bins (quintiles).</summary>
    public const int DefaultBins = 5;

    /// <summary>The fewest score bins allowed.</summary>
    public const int MinBins = 2;

    /// <summary>The most score bins allowed.</summary>
    public const int MaxBins = 10;

    /// <summary>
    /// Quantile scores 1..<paramref name="bins"/> for recency, frequency and monetary value (RFM, catalog M7),
    /// written to <paramref name="destination"/>: customer <c>c</c>'s scores go to <c>destination[c]</c>.
    /// </summary>
    /// <param name="values">One <see cref="RfmValues"/> per customer, as <see cref="Values(TransactionColumns, NodaTime.DateInterval, NodaTime.LocalDate, RfmMonetary, Span{RfmValues})"/> writes them.
    /// For each customer with a positive frequency the recency must not be negative and the monetary value finite; frequency not negative.</param>
    /// <param name="bins">The number of bins k, 2 to 10 (<see cref="DefaultBins"/> = 5 for quintiles).</param>
    /// <param name="scoring">How equal values are binned: <see cref="RfmScoring.RankBased"/> or <see cref="RfmScoring.ValueBased"/>.</param>
    /// <param name="destination">Receives one <see cref="RfmScore"/> per customer; at least as long as <paramref name="values"/>; overwritten.</param>
    /// <param name="workspace">Reusable scratch memory; null to rent it from the shared array pool for this call.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bins"/> is outside 2..10, <paramref name="scoring"/> is not defined, or a customer's values break the rules above (the message names the index).</exception>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="values"/> or overlaps it.</exception>
    /// <remarks>
    /// <para>
    /// Only customers with a purchase (frequency above 0) are scored; the n of them are ranked on each dimension
    /// separately, ascending, and rank r falls in bin <c>max(1, ceil((r - 1) k / (n - 1)))</c>: the bins cut the
    /// ranks at the quantiles <c>1 + (n - 1) j / k</c>, as pandas' <c>qcut</c> on ranks does (a single scored
    /// customer is in bin 1). Frequency and monetary scores are the bin; the recency score is <c>k + 1 - bin</c>
    /// of the days, so the most recent buyers score k. Equal values follow <paramref name="scoring"/>: ranked in
    /// customer-index order, or all given the bin of the first of them. Customers without a purchase get
    /// <c>default(RfmScore)</c> (0, 0, 0), which <see cref="RfmScore.IsScored"/> reports.
    /// </para>
    /// <para>
    /// Complexity: no customer sort. The k - 1 bin edges of each dimension are order statistics: for recency days
    /// and frequencies up to <see cref="RfmWorkspace.HistogramLength"/> they come from a count table, O(n + max value);
    /// for monetary values from a most-significant-digit radix selection on the
    /// doubles' order-preserving bits (a counting pass, then a pass gathering only the buckets that hold a wanted rank,
    /// repeated on those few), O(n); for integers beyond the tables from a multi-target quickselect, expected O(n log k). Each customer is then placed by comparing with the k - 1 edges, O(n k); only
    /// customers whose value equals an edge that a tie group straddles need a second, in-order pass (rank-based), which
    /// places them with the same tables and steps each tie group's bin up the precomputed last ranks of the bins (no division).
    /// Memory: the workspace's two doubles per customer and three 64K-entry count tables.
    /// </para>
    /// <para>
    /// Example: monetary values 10, 20, 30, 40, 50 with k = 5 give M scores 1..5; values 10, 10, 10, 40, 50 give
    /// 1, 2, 3, 4, 5 rank-based (ties in index order) and 1, 1, 1, 4, 5 value-based.
    /// </para>
    /// </remarks>
    public static void Score(ReadOnlySpan<RfmValues> values, int bins, RfmScoring scoring, Span<RfmScore> destination, RfmWorkspace? workspace)
    {
        Guard.InRange(bins, MinBins, MaxBins);
        Guard.Defined(scoring);

        Guard.DestinationLength(values.Length, destination.Length);
        Guard.NotOverlapping(values, destination);
        if (workspace is not null)
        {
            ScoreKernel.Run(values, bins, scoring, destination[..values.Length], workspace);
            return;
        }

        RfmWorkspace pooled = RfmWorkspace.RentPooled();
        try
        {
            ScoreKernel.Run(values, bins, scoring, destination[..values.Length], pooled);
        }
        finally
        {
            pooled.ReturnPooled();
        }
    }

    /// <summary>Quantile scores of every customer into a new array; see <see cref="Score(ReadOnlySpan{RfmValues}, int, RfmScoring, Span{RfmScore}, RfmWorkspace?)"/>.</summary>
    /// <param name="values">One <see cref="RfmValues"/> per customer.</param>
    /// <param name="bins">The number of bins k, 2 to 10.</param>
    /// <param name="scoring">How equal values are binned.</param>
    /// <returns>One <see cref="RfmScore"/> per customer; <c>default</c> for customers without a purchase.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bins"/> is outside 2..10, <paramref name="scoring"/> is not defined, or a customer's values are invalid.</exception>
    public static RfmScore[] Score(ReadOnlySpan<RfmValues> values, int bins, RfmScoring scoring)
    {
        var result = new RfmScore[values.Length];
        Score(values, bins, scoring, result, null);
        return result;
    }

    /// <summary>
    /// The whole RFM table: <see cref="Values(TransactionColumns, NodaTime.DateInterval, NodaTime.LocalDate, RfmMonetary, Span{RfmValues})"/>
    /// then <see cref="Score(ReadOnlySpan{RfmValues}, int, RfmScoring, Span{RfmScore}, RfmWorkspace?)"/>.
    /// </summary>
    /// <param name="transactions">The log.</param>
    /// <param name="window">The inclusive window whose purchases count; ISO calendar.</param>
    /// <param name="asOf">The date recency is measured to; not before the window's end.</param>
    /// <param name="monetary">Total spend or spend per purchase.</param>
    /// <param name="bins">The number of bins k, 2 to 10.</param>
    /// <param name="scoring">How equal values are binned.</param>
    /// <param name="values">Receives the raw values; at least <see cref="TransactionColumns.CustomerCount"/> long.</param>
    /// <param name="scores">Receives the scores; at least <see cref="TransactionColumns.CustomerCount"/> long.</param>
    /// <param name="workspace">Reusable scratch memory; null to rent it from the shared array pool for this call.</param>
    /// <exception cref="ArgumentNullException"><paramref name="window"/> is null.</exception>
    /// <exception cref="ArgumentException">An output is too short or overlaps an input; a date is not ISO.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An argument or row is invalid, as the two steps state.</exception>
    /// <remarks>O(rows + customers k) time; with a workspace that has grown to the log (12 bytes a row for the partition of
    /// large logs, see <see cref="Values(TransactionColumns, NodaTime.DateInterval, NodaTime.LocalDate, RfmMonetary, Span{RfmValues}, RfmWorkspace?)"/>), no allocation.</remarks>
    public static void Table(TransactionColumns transactions, NodaTime.DateInterval window, NodaTime.LocalDate asOf, RfmMonetary monetary, int bins, RfmScoring scoring, Span<RfmValues> values, Span<RfmScore> scores, RfmWorkspace? workspace)
    {
        Guard.InRange(bins, MinBins, MaxBins);
        Guard.DestinationLength(transactions.CustomerCount, values.Length, nameof(values));
        Guard.DestinationLength(transactions.CustomerCount, scores.Length, nameof(scores));
        Values(transactions, window, asOf, monetary, values, workspace);
        Score(values[..transactions.CustomerCount], bins, scoring, scores, workspace);
    }

    /// <summary>The scoring passes: gather and validate, bin edges, placement, tie resolution.</summary>
    private static class ScoreKernel
    {
        public static void Run(ReadOnlySpan<RfmValues> values, int k, RfmScoring scoring, Span<RfmScore> destination, RfmWorkspace workspace)
        {
            int[] recencyCounts = workspace.RecencyCounts;
            int[] frequencyCounts = workspace.FrequencyCounts;
            Array.Clear(recencyCounts);
            Array.Clear(frequencyCounts);
            Span<double> money = workspace.Doubles(values.Length);

            // Pass 1: validate, count the integer dimensions, copy the monetary values of the scored customers.
            int n = 0, maxRecency = 0, maxFrequency = 0;
            bool valid = true;
            for (int i = 0; i < values.Length; i++)
            {
                RfmValues v = values[i];
                int f = v.Frequency;
                if (f <= 0)
                {
                    valid &= f == 0;
                    continue;
                }

                int r = v.RecencyDays;
                valid &= r >= 0 && double.IsFinite(v.Monetary);
                maxRecency = Math.Max(maxRecency, r);
                maxFrequency = Math.Max(maxFrequency, f);
                if ((uint)r < RfmWorkspace.HistogramLength)
                {
                    recencyCounts[r]++;
                }

                if (f < RfmWorkspace.HistogramLength)
                {
                    frequencyCounts[f]++;
                }

                money[n++] = v.Monetary;
            }

            if (!valid)
            {
                ThrowFirstInvalid(values);
            }

            destination.Clear();
            if (n == 0)
            {
                return;
            }

            // Bin edges: the values at the last rank of each bin but the top one.
            Span<int> upperRanks = stackalloc int[MaxBins - 1];
            upperRanks = upperRanks[..(k - 1)];
            for (int j = 1; j < k; j++)
            {
                upperRanks[j - 1] = UpperRank(n, k, j) - 1;
            }

            Span<int> recencyEdges = stackalloc int[k - 1];
            Span<int> frequencyEdges = stackalloc int[k - 1];
            Span<double> moneyEdges = stackalloc double[k - 1];
            IntegerEdges(values, maxRecency, recencyCounts, upperRanks, recencyEdges, workspace, recency: true);
            IntegerEdges(values, maxFrequency, frequencyCounts, upperRanks, frequencyEdges, workspace, recency: false);
            OrderStatistics.RadixSelect(money[..n], upperRanks, moneyEdges, workspace.Spare(n), workspace.RadixCounts);

            // The integer count tables become placement tables: entry v = low bin | high bin << 8.
            bool recencyTable = maxRecency < RfmWorkspace.HistogramLength;
            bool frequencyTable = maxFrequency < RfmWorkspace.HistogramLength;
            if (recencyTable)
            {
                FillPlacements(recencyCounts.AsSpan(0, maxRecency + 1), recencyEdges);
            }

            if (frequencyTable)
            {
                FillPlacements(frequencyCounts.AsSpan(0, maxFrequency + 1), frequencyEdges);
            }

            Span<double> paddedMoneyEdges = stackalloc double[12];
            paddedMoneyEdges.Fill(double.PositiveInfinity);
            moneyEdges.CopyTo(paddedMoneyEdges);
            int moneyVectors = (k + 2) / 4;

            // Pass 2: place every scored customer; a value on a straddled edge is marked 0 for pass 3 (rank-based).
            bool rankBased = scoring == RfmScoring.RankBased;
            Span<int> highBins = stackalloc int[3 * (MaxBins + 1)];
            highBins.Clear();
            bool anyTie = false;
            for (int i = 0; i < values.Length; i++)
            {
                RfmValues v = values[i];
                if (v.Frequency == 0)
                {
                    continue;
                }

                (int rLo, int rHi) = recencyTable ? Unpack(recencyCounts[v.RecencyDays]) : Place(v.RecencyDays, recencyEdges);
                (int fLo, int fHi) = frequencyTable ? Unpack(frequencyCounts[v.Frequency]) : Place(v.Frequency, frequencyEdges);
                (int mLo, int mHi) = Place(v.Monetary, paddedMoneyEdges, moneyVectors);
                highBins[rHi]++;
                highBins[MaxBins + 1 + fHi]++;
                highBins[(2 * (MaxBins + 1)) + mHi]++;
                if (rankBased)
                {
                    anyTie |= rLo != rHi || fLo != fHi || mLo != mHi;
                    rLo = rLo == rHi ? rLo : k + 1;   // k + 1 - (k + 1) = 0 marks a pending recency score
                    fLo = fLo == fHi ? fLo : 0;
                    mLo = mLo == mHi ? mLo : 0;
                }

                destination[i] = new RfmScore((byte)(k + 1 - rLo), (byte)fLo, (byte)mLo);
            }

            if (anyTie)
            {
                var placement = new Placement(recencyTable ? recencyCounts : null, frequencyTable ? frequencyCounts : null, recencyEdges, frequencyEdges, moneyEdges);
                ResolveTies(values, k, n, placement, highBins, destination);
            }
        }

        /// <summary>
        /// Rank-based scores of the customers whose value sits on an edge that a tie group straddles: rank =
        /// (customers with a smaller value) + (position among the equal values, in index order).
        /// </summary>
        private static void ResolveTies(ReadOnlySpan<RfmValues> values, int k, int n, Placement placement, ReadOnlySpan<int> highBins, Span<RfmScore> destination)
        {
            // less[d, j] = customers whose value is below edge j of dimension d = those whose high bin is at most j.
            Span<int> less = stackalloc int[3 * (MaxBins + 1)];
            Span<int> seen = stackalloc int[3 * (MaxBins + 1)];
            Span<int> current = stackalloc int[3 * (MaxBins + 1)];
            seen.Clear();
            current.Fill(1);
            for (int d = 0; d < 3; d++)
            {
                int running = 0;
                for (int j = 0; j <= MaxBins; j++)
                {
                    running += highBins[(d * (MaxBins + 1)) + j];
                    less[(d * (MaxBins + 1)) + j] = running;
                }
            }

            // upper[j] = the last rank of bin j; a tie group's ranks only grow, so its bin only steps up (no division per customer).
            Span<long> upper = stackalloc long[MaxBins + 1];
            for (int j = 1; j <= k; j++)
            {
                upper[j] = UpperRank(n, k, j);
            }

            var ties = new TieState(less, seen, current, upper);
            for (int i = 0; i < values.Length; i++)
            {
                RfmScore s = destination[i];
                RfmValues v = values[i];
                if (v.Frequency == 0 || (s.Recency != 0 && s.Frequency != 0 && s.Monetary != 0))
                {
                    continue;
                }

                int r = s.Recency, f = s.Frequency, m = s.Monetary;
                if (r == 0)
                {
                    r = k + 1 - ties.Next(placement.RecencyLow(v.RecencyDays), 0);
                }

                if (f == 0)
                {
                    f = ties.Next(placement.FrequencyLow(v.Frequency), 1);
                }

                if (m == 0)
                {
                    m = ties.Next(Place(v.Monetary, placement.MoneyEdges).Low, 2);
                }

                destination[i] = new RfmScore((byte)r, (byte)f, (byte)m);
            }
        }

        /// <summary>The low bins of values: from the placement tables when the values fit them, else by comparing with the edges.</summary>
        private readonly ref struct Placement(int[]? recencyTable, int[]? frequencyTable, ReadOnlySpan<int> recencyEdges, ReadOnlySpan<int> frequencyEdges, ReadOnlySpan<double> moneyEdges)
        {
            public ReadOnlySpan<double> MoneyEdges { get; } = moneyEdges;

            private ReadOnlySpan<int> RecencyEdges { get; } = recencyEdges;

            private ReadOnlySpan<int> FrequencyEdges { get; } = frequencyEdges;

            public int RecencyLow(int days) => recencyTable is null ? Place(days, RecencyEdges).Low : Unpack(recencyTable[days]).Low;

            public int FrequencyLow(int frequency) => frequencyTable is null ? Place(frequency, FrequencyEdges).Low : Unpack(frequencyTable[frequency]).Low;
        }

        /// <summary>Per dimension and low bin: customers below the tie group, tied customers seen so far, and the bin reached.</summary>
        private readonly ref struct TieState(Span<int> less, Span<int> seen, Span<int> current, ReadOnlySpan<long> upper)
        {
            private readonly Span<int> _less = less;
            private readonly Span<int> _seen = seen;
            private readonly Span<int> _current = current;
            private readonly ReadOnlySpan<long> _upper = upper;

            /// <summary>The bin of the next customer (in index order) of the tie group at <paramref name="lowBin"/>: rank = less + position.</summary>
            public int Next(int lowBin, int dimension)
            {
                int at = (dimension * (MaxBins + 1)) + lowBin;
                long rank = _less[at] + (long)++_seen[at];
                int bin = _current[at];
                while (rank > _upper[bin])
                {
                    bin++;
                }

                _current[at] = bin;
                return bin;
            }
        }

        private static void IntegerEdges(ReadOnlySpan<RfmValues> values, int max, int[] counts, ReadOnlySpan<int> upperRanks, Span<int> edges, RfmWorkspace workspace, bool recency)
        {
            if (max < RfmWorkspace.HistogramLength)
            {
                OrderStatistics.SelectFromCounts(counts, upperRanks, edges);
                return;
            }

            Span<int> copy = workspace.Ints(values.Length);
            int n = 0;
            foreach (RfmValues v in values)
            {
                if (v.Frequency > 0)
                {
                    copy[n++] = recency ? v.RecencyDays : v.Frequency;
                }
            }

            OrderStatistics.SelectInPlace(copy[..n], upperRanks, edges);
        }

        private static void FillPlacements(Span<int> table, ReadOnlySpan<int> edges)
        {
            for (int v = 0; v < table.Length; v++)
            {
                (int low, int high) = Place(v, edges);
                table[v] = low | (high << 8);
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static (int Low, int High) Unpack(int packed) => (packed & 0xFF, packed >> 8);

        /// <summary>Low and high bin of a value against edges padded with +infinity to whole 4-lane vectors.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static (int Low, int High) Place(double value, ReadOnlySpan<double> paddedEdges, int vectors)
        {
            var v = Vector256.Create(value);
            int low = 1, high = 1;
            for (int i = 0; i < vectors; i++)
            {
                var e = Vector256.Create(paddedEdges.Slice(4 * i, 4));
                low += BitOperations.PopCount(Vector256.LessThan(e, v).ExtractMostSignificantBits());
                high += BitOperations.PopCount(Vector256.LessThanOrEqual(e, v).ExtractMostSignificantBits());
            }

            return (low, high);
        }

        /// <summary>Low bin (1 + edges below the value) and high bin (1 + edges at or below it).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static (int Low, int High) Place<T>(T value, ReadOnlySpan<T> edges)
            where T : IComparisonOperators<T, T, bool>
        {
            int low = 1, high = 1;
            foreach (T e in edges)
            {
                low += e < value ? 1 : 0;
                high += e <= value ? 1 : 0;
            }

            return (low, high);
        }

        private static void ThrowFirstInvalid(ReadOnlySpan<RfmValues> values)
        {
            for (int i = 0; i < values.Length; i++)
            {
                RfmValues v = values[i];
                if (v.Frequency < 0)
                {
                    Guard.ThrowElement(nameof(values), i, v, "must have a frequency that is not negative");
                }

                if (v.Frequency > 0 && !(v.RecencyDays >= 0 && double.IsFinite(v.Monetary)))
                {
                    Guard.ThrowElement(nameof(values), i, v, "must have a recency that is not negative and a finite monetary value when the frequency is positive");
                }
            }
        }
    }

    /// <summary>The last rank (1-based) of bin <paramref name="j"/> among <paramref name="n"/> ranks cut into <paramref name="k"/> bins.</summary>
    internal static int UpperRank(int n, int k, int j) => 1 + (int)((long)j * (n - 1) / k);
}
