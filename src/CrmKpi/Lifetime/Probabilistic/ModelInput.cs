using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using CrmKpi.Internal;

namespace CrmKpi.Probabilistic;

/// <summary>
/// A validated summary compressed to distinct (x, t_x, T) rows with weights: customers with the same
/// history contribute the same log-likelihood, so a fit evaluates each distinct row once. On CDNOW the
/// 1,411 customers without repeat purchases collapse to 84 rows (one per first-purchase day).
/// </summary>
internal sealed class ModelInput
{
    private ModelInput(double[] x, double[] recency, double[] age, double[] weight, int customers, int maxFrequency)
    {
        X = x;
        Recency = recency;
        Age = age;
        Weight = weight;
        Customers = customers;
        MaxFrequency = maxFrequency;
    }

    public double[] X { get; }

    public double[] Recency { get; }

    public double[] Age { get; }

    public double[] Weight { get; }

    public int Customers { get; }

    /// <summary>The largest frequency.</summary>
    public int MaxFrequency { get; }

    /// <summary>The mean frequency per unit of age, a starting point for the purchase rate r / alpha.</summary>
    public double MeanRate()
    {
        double purchases = 0, time = 0;
        for (int i = 0; i < X.Length; i++)
        {
            purchases += Weight[i] * X[i];
            time += Weight[i] * Age[i];
        }

        return purchases / time;
    }

    /// <summary>Validates the columns and compresses them; throws when a fit cannot identify the model.</summary>
    public static ModelInput Create(CustomerSummaryColumns summary)
    {
        ReadOnlySpan<double> x = summary.Frequency, tx = summary.Recency, t = summary.Age;
        if (x.Length < 2)
        {
            Guard.ThrowArgument(nameof(summary), string.Create(System.Globalization.CultureInfo.InvariantCulture, $"summary has {x.Length} customers; a fit needs at least 2, with at least one repeat purchase."));
        }

        var rows = new Dictionary<(double X, double Recency, double Age), int>(Math.Min(x.Length, 4096));
        bool anyRepeat = false;
        bool anyAge = false;
        double maxX = 0;
        for (int i = 0; i < x.Length; i++)
        {
            CheckRow(x[i], tx[i], t[i], i);
            anyRepeat |= x[i] > 0;
            anyAge |= t[i] > 0;
            maxX = Math.Max(maxX, x[i]);
            ref int count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(rows, (x[i], tx[i], t[i]), out _);
            count++;
        }

        if (!anyRepeat)
        {
            Guard.ThrowArgument(nameof(summary), "summary.Frequency is 0 for every customer; a purchase model cannot be identified without repeat purchases.");
        }

        if (!anyAge)
        {
            Guard.ThrowArgument(nameof(summary), "summary.Age is 0 for every customer; a purchase model cannot be identified without observation time.");
        }

        int m = rows.Count;
        double[] xs = new double[m], rs = new double[m], ts = new double[m], ws = new double[m];
        int j = 0;
        foreach (KeyValuePair<(double X, double Recency, double Age), int> row in rows)
        {
            (xs[j], rs[j], ts[j]) = row.Key;
            ws[j] = row.Value;
            j++;
        }

        return new ModelInput(xs, rs, ts, ws, x.Length, (int)Math.Min(maxX, int.MaxValue));
    }

    /// <summary>True for a whole number, not negative and finite: a valid repeat-purchase count.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsCount(double value) => value >= 0 && value == Math.Floor(value) && !double.IsPositiveInfinity(value);

    /// <summary>Checks one customer's (x, t_x, T) against the rules of <see cref="CustomerSummaryColumns"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void CheckRow(double frequency, double recency, double age, int index)
    {
        if (!IsCount(frequency))
        {
            Guard.ThrowElement(nameof(frequency), index, frequency, "must be a whole number, not negative");
        }

        if (!(age >= 0) || double.IsInfinity(age))
        {
            Guard.ThrowElement(nameof(age), index, age, "must be finite and not negative");
        }

        if (!(recency >= 0 && recency <= age) || (frequency == 0 && recency != 0))
        {
            Guard.ThrowElement(nameof(recency), index, recency, "must be in [0, age], and 0 when frequency is 0");
        }
    }

    /// <summary>Checks the arguments of a single-customer prediction.</summary>
    public static void CheckCustomer(double frequency, double recency, double age)
    {
        if (!IsCount(frequency))
        {
            Guard.ThrowOutOfRange(nameof(frequency), frequency, "must be a whole number, not negative");
        }

        Guard.FiniteNonNegative(age, nameof(age));
        if (!(recency >= 0 && recency <= age) || (frequency == 0 && recency != 0))
        {
            Guard.ThrowOutOfRange(nameof(recency), recency, "must be in [0, age], and 0 when frequency is 0");
        }
    }

    /// <summary>sum_i E[X(ages_i + time)] over the customers acquired by then.</summary>
    public static double PopulationRepeatPurchases(IPurchaseModel model, ReadOnlySpan<double> ages, double time)
    {
        Guard.Finite(time);
        var total = new CompensatedAccumulator();
        for (int i = 0; i < ages.Length; i++)
        {
            double age = ages[i];
            if (!(age >= 0) || double.IsPositiveInfinity(age))
            {
                Guard.ThrowElement(nameof(ages), i, age, "must be finite and not negative");
            }

            double since = age + time;
            if (since > 0)
            {
                total.Add(model.ExpectedPurchasesNewCustomer(since));
            }
        }

        return total.Value;
    }
}
