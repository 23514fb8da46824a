using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.InteropServices;
using CrmKpi.Internal;

namespace CrmKpi.Probabilistic;

/// <summary>
/// A validated discrete-time summary (x, t_x, n, weight) compressed to distinct (x, t_x, n) rows with
/// summed weights: rows with the same pattern contribute the same log-likelihood.
/// </summary>
internal sealed class DiscreteInput
{
    /// <summary>The most repeat-transaction opportunities a row may have (the likelihood tables are this long).</summary>
    public const int MaxPeriods = 100_000;

    /// <summary>The longest prediction horizon in periods (the BG/BB expectations sum up to this many terms).</summary>
    public const int MaxHorizon = 10_000_000;

    /// <summary>
    /// The smallest discount rate per period of DERT, DEL and DERL: their 2F1 series at z = 1/(1+d) needs about
    /// ln(1e17)/d terms, 390,000 at d = 1e-4, within <see cref="Hypergeometric.MaxTerms"/>.
    /// </summary>
    public const double MinDiscountRate = 1e-4;

    private DiscreteInput(int[] x, int[] recency, int[] periods, double[] weight, double totalWeight, int maxPeriods)
    {
        X = x;
        Recency = recency;
        Periods = periods;
        Weight = weight;
        TotalWeight = totalWeight;
        LargestPeriods = maxPeriods;
    }

    public int[] X { get; }

    public int[] Recency { get; }

    public int[] Periods { get; }

    public double[] Weight { get; }

    public double TotalWeight { get; }

    /// <summary>The largest n.</summary>
    public int LargestPeriods { get; }

    /// <summary>Validates the columns and compresses them; with <paramref name="forFit"/> also throws when they cannot identify the model.</summary>
    public static DiscreteInput Create(DiscreteSummaryColumns summary, bool forFit)
    {
        ReadOnlySpan<double> x = summary.Frequency, tx = summary.Recency, n = summary.Periods, w = summary.Weights;
        var rows = new Dictionary<(int X, int Recency, int Periods), double>(Math.Min(x.Length, 4096));
        double total = 0;
        bool anyRepeat = false, anyMiss = false, anyTwo = false;
        int maxN = 0;
        for (int i = 0; i < x.Length; i++)
        {
            double weight = w.IsEmpty ? 1 : w[i];
            CheckRow(x[i], tx[i], n[i], weight, i);
            if (weight == 0)
            {
                continue;
            }

            (int xi, int ri, int ni) = ((int)x[i], (int)tx[i], (int)n[i]);
            total += weight;
            anyRepeat |= xi > 0;
            anyMiss |= xi < ni;
            anyTwo |= ni >= 2;
            maxN = Math.Max(maxN, ni);
            CollectionsMarshal.GetValueRefOrAddDefault(rows, (xi, ri, ni), out _) += weight;
        }

        if (forFit)
        {
            if (total < 2)
            {
                Guard.ThrowArgument(nameof(summary), string.Create(CultureInfo.InvariantCulture, $"summary holds {total} customers (sum of weights); a fit needs at least 2."));
            }

            if (!anyRepeat)
            {
                Guard.ThrowArgument(nameof(summary), "summary.Frequency is 0 for every customer; the BG/BB model cannot be identified without repeat transactions.");
            }

            if (!anyMiss)
            {
                Guard.ThrowArgument(nameof(summary), "every customer transacted at every opportunity (frequency = periods); the BG/BB model cannot be identified without a missed opportunity.");
            }

            if (!anyTwo)
            {
                Guard.ThrowArgument(nameof(summary), "no customer has 2 or more opportunities (periods); the BG/BB model cannot separate dropout from not transacting.");
            }
        }

        int m = rows.Count;
        int[] xs = new int[m], rs = new int[m], ns = new int[m];
        double[] ws = new double[m];
        int j = 0;
        foreach (KeyValuePair<(int X, int Recency, int Periods), double> row in rows)
        {
            (xs[j], rs[j], ns[j]) = row.Key;
            ws[j] = row.Value;
            j++;
        }

        return new DiscreteInput(xs, rs, ns, ws, total, maxN);
    }

    /// <summary>Checks one row against the rules of <see cref="DiscreteSummaryColumns"/>.</summary>
    public static void CheckRow(double frequency, double recency, double periods, double weight, int index)
    {
        if (!IsWhole(periods) || periods > MaxPeriods)
        {
            Guard.ThrowElement(nameof(periods), index, periods, "must be a whole number in [0, 100000]");
        }

        if (!IsWhole(recency) || recency > periods)
        {
            Guard.ThrowElement(nameof(recency), index, recency, "must be a whole number in [0, periods]");
        }

        if (!IsWhole(frequency) || frequency > recency || (frequency == 0) != (recency == 0))
        {
            Guard.ThrowElement(nameof(frequency), index, frequency, "must be a whole number in [0, recency], 0 exactly when recency is 0");
        }

        if (!(weight >= 0) || double.IsPositiveInfinity(weight))
        {
            Guard.ThrowElement("weights", index, weight, "must be finite and not negative");
        }
    }

    /// <summary>Checks the history arguments of a single-customer prediction.</summary>
    public static void CheckCustomer(double frequency, double recency, double periods)
    {
        if (!IsWhole(periods) || periods > MaxPeriods)
        {
            Guard.ThrowOutOfRange(nameof(periods), periods, "must be a whole number in [0, 100000]");
        }

        if (!IsWhole(recency) || recency > periods)
        {
            Guard.ThrowOutOfRange(nameof(recency), recency, "must be a whole number in [0, periods]");
        }

        if (!IsWhole(frequency) || frequency > recency || (frequency == 0) != (recency == 0))
        {
            Guard.ThrowOutOfRange(nameof(frequency), frequency, "must be a whole number in [0, recency], 0 exactly when recency is 0");
        }
    }

    /// <summary>Checks a discount rate: finite and at least <see cref="MinDiscountRate"/>.</summary>
    public static void CheckDiscountRate(double discountRate)
    {
        if (!(discountRate >= MinDiscountRate) || double.IsPositiveInfinity(discountRate))
        {
            Guard.ThrowOutOfRange(nameof(discountRate), discountRate, "must be finite and at least 0.0001 per period");
        }
    }

    private static bool IsWhole(double value) => value >= 0 && value == Math.Floor(value) && !double.IsPositiveInfinity(value);
}
