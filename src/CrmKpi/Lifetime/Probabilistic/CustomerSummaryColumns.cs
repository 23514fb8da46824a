using System;
using CrmKpi.Internal;

namespace CrmKpi;

/// <summary>
/// The per-customer summary the probabilistic purchase models take, in columns: frequency (repeat
/// purchases), recency (time of the last purchase since the first) and age T (time from the first
/// purchase to the end of the calibration window). The constructor checks the column lengths once;
/// element values are checked by the model that reads them.
/// </summary>
/// <remarks>
/// <para>
/// The notation is Fader, Hardie and Lee's (2005): <c>x</c> = <see cref="Frequency"/>, <c>t_x</c> =
/// <see cref="Recency"/>, <c>T</c> = <see cref="Age"/>. All three share one time unit (days or weeks,
/// see <see cref="SummaryTimeUnit"/>); parameters fitted on weeks are per-week rates.
/// </para>
/// <para>
/// Rules every model enforces: frequency is a whole number, not negative; age is finite and not
/// negative; recency is in <c>[0, age]</c>, and is 0 when the frequency is 0. Build the columns from a
/// transaction log with <see cref="CustomerSummary.FromTransactions(TransactionColumns, NodaTime.LocalDate, SummaryTimeUnit)"/>.
/// </para>
/// </remarks>
public readonly ref struct CustomerSummaryColumns
{
    /// <summary>Groups the three summary columns.</summary>
    /// <param name="frequency">Repeat purchases (purchase days after the first) per customer; whole numbers, not negative.</param>
    /// <param name="recency">Time from the first to the last purchase, in the summary's unit; in <c>[0, age]</c>.</param>
    /// <param name="age">Time from the first purchase to the end of the calibration window (T), in the summary's unit; finite, not negative.</param>
    /// <exception cref="ArgumentException"><paramref name="recency"/> or <paramref name="age"/> differs in length from <paramref name="frequency"/>.</exception>
    public CustomerSummaryColumns(ReadOnlySpan<double> frequency, ReadOnlySpan<double> recency, ReadOnlySpan<double> age)
    {
        Guard.SameLength(frequency.Length, recency.Length, nameof(recency));
        Guard.SameLength(frequency.Length, age.Length, nameof(age));
        Frequency = frequency;
        Recency = recency;
        Age = age;
    }

    /// <summary>Repeat purchases per customer (<c>x</c>).</summary>
    public ReadOnlySpan<double> Frequency { get; }

    /// <summary>Time from the first to the last purchase (<c>t_x</c>).</summary>
    public ReadOnlySpan<double> Recency { get; }

    /// <summary>Time from the first purchase to the end of the calibration window (<c>T</c>).</summary>
    public ReadOnlySpan<double> Age { get; }

    /// <summary>The number of customers.</summary>
    public int Length => Frequency.Length;
}
