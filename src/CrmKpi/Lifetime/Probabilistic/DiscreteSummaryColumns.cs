using System;
using CrmKpi.Internal;

namespace CrmKpi;

/// <summary>
/// The discrete-time summary the <see cref="BetaGeoBetaBinomial"/> model takes, in columns: per
/// customer, or per pattern of customers with a weight, the number of repeat transactions x, the period
/// of the last one t_x and the number of repeat-transaction opportunities n. The constructor checks the
/// column lengths once; element values are checked by the model that reads them.
/// </summary>
/// <remarks>
/// <para>The notation is Fader, Hardie and Shang's (2010): after the first transaction (period 0) a
/// customer has n discrete opportunities (periods 1..n) and transacted in x of them, the last in period
/// t_x. Rules the model enforces: n is a whole number, not negative; x and t_x are whole numbers with
/// <c>x &lt;= t_x &lt;= n</c>, and <c>t_x = 0</c> exactly when <c>x = 0</c>; a weight is finite and not
/// negative.</para>
/// <para>The donations data set of Fader, Hardie and Shang (11,104 donors, 1995 cohort, 6 yearly
/// opportunities) comes this way: 22 patterns with the number of donors of each.</para>
/// </remarks>
public readonly ref struct DiscreteSummaryColumns
{
    /// <summary>Groups the summary columns, one customer per row (every weight 1).</summary>
    /// <param name="frequency">Repeat transactions x per row; whole numbers in <c>[0, recency]</c>.</param>
    /// <param name="recency">Period t_x of the last transaction; whole numbers in <c>[frequency, periods]</c>, 0 when the frequency is 0.</param>
    /// <param name="periods">Repeat-transaction opportunities n; whole numbers, not negative.</param>
    /// <exception cref="ArgumentException"><paramref name="recency"/> or <paramref name="periods"/> differs in length from <paramref name="frequency"/>.</exception>
    public DiscreteSummaryColumns(ReadOnlySpan<double> frequency, ReadOnlySpan<double> recency, ReadOnlySpan<double> periods)
        : this(frequency, recency, periods, default)
    {
    }

    /// <summary>Groups the summary columns with a weight (a number of customers) per row.</summary>
    /// <param name="frequency">Repeat transactions x per row; whole numbers in <c>[0, recency]</c>.</param>
    /// <param name="recency">Period t_x of the last transaction; whole numbers in <c>[frequency, periods]</c>, 0 when the frequency is 0.</param>
    /// <param name="periods">Repeat-transaction opportunities n; whole numbers, not negative.</param>
    /// <param name="weights">Customers per row; finite, not negative. Empty means 1 for every row.</param>
    /// <exception cref="ArgumentException"><paramref name="recency"/>, <paramref name="periods"/> or a non-empty <paramref name="weights"/> differs in length from <paramref name="frequency"/>.</exception>
    public DiscreteSummaryColumns(ReadOnlySpan<double> frequency, ReadOnlySpan<double> recency, ReadOnlySpan<double> periods, ReadOnlySpan<double> weights)
    {
        Guard.SameLength(frequency.Length, recency.Length, nameof(recency));
        Guard.SameLength(frequency.Length, periods.Length, nameof(periods));
        if (!weights.IsEmpty)
        {
            Guard.SameLength(frequency.Length, weights.Length, nameof(weights));
        }

        Frequency = frequency;
        Recency = recency;
        Periods = periods;
        Weights = weights;
    }

    /// <summary>Repeat transactions per row (<c>x</c>).</summary>
    public ReadOnlySpan<double> Frequency { get; }

    /// <summary>Period of the last transaction (<c>t_x</c>).</summary>
    public ReadOnlySpan<double> Recency { get; }

    /// <summary>Repeat-transaction opportunities (<c>n</c>).</summary>
    public ReadOnlySpan<double> Periods { get; }

    /// <summary>Customers per row; empty when every row is one customer.</summary>
    public ReadOnlySpan<double> Weights { get; }

    /// <summary>The number of rows.</summary>
    public int Length => Frequency.Length;
}
