using System;
using CrmKpi.Internal;
using NodaTime;

namespace CrmKpi;

public static partial class Retention
{
    /// <summary>Classifies every customer for a window with "at start" read as <paramref name="basis"/> says.</summary>
    /// <param name="transactions">The whole purchase history.</param>
    /// <param name="window">The inclusive window; ISO calendar.</param>
    /// <param name="basis"><see cref="CustomersAtStartBasis.PreviousWindow"/> or <see cref="CustomersAtStartBasis.EverBoughtBefore"/>;
    /// for <see cref="CustomersAtStartBasis.LookBack"/> use the overload that takes its length.</param>
    /// <returns>The counts. With the previous window, customers who bought before it, not in it, and again in the window are <see cref="RetentionCounts.Reactivated"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="window"/> is null.</exception>
    /// <exception cref="ArgumentException">The window or a date is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="basis"/> is not defined or is <see cref="CustomersAtStartBasis.LookBack"/> (it needs a length),
    /// the previous window would start before the ISO calendar does, or a customer index is out of range.</exception>
    /// <remarks>
    /// <para><see cref="CustomersAtStartBasis.PreviousWindow"/> equals <see cref="Classify(TransactionColumns, DateInterval, DateInterval)"/> with
    /// <see cref="Periods.Previous(DateInterval)"/> as the base window; <see cref="CustomersAtStartBasis.EverBoughtBefore"/> equals
    /// <see cref="Classify(TransactionColumns, DateInterval)"/>.</para>
    /// <para>Example: customer A buys in January and February, B in January only, C in January, February and March. For March, the previous
    /// window (February) holds A and C: at start 2, lost 1 (A), churn 1/2; ever-bought-before holds A, B and C: lost 2 (A and B), churn 2/3.
    /// For April the previous window holds C only (churn 1/1), while ever-bought-before still counts A and B lost (churn 3/3).</para>
    /// </remarks>
    public static RetentionCounts Classify(TransactionColumns transactions, DateInterval window, CustomersAtStartBasis basis)
    {
        ArgumentNullException.ThrowIfNull(window);
        return basis switch
        {
            CustomersAtStartBasis.PreviousWindow => Classify(transactions, window, PreviousWindowOf(window)),
            CustomersAtStartBasis.EverBoughtBefore => Classify(transactions, window),
            CustomersAtStartBasis.LookBack => ThrowLookBackNeedsLength(basis),
            _ => ThrowUndefinedBasis(basis),
        };
    }

    /// <summary>Classifies every customer for a window with "at start" meaning a purchase in the <paramref name="lookBack"/> before it.</summary>
    /// <param name="transactions">The whole purchase history.</param>
    /// <param name="window">The inclusive window; ISO calendar.</param>
    /// <param name="basis">Must be <see cref="CustomersAtStartBasis.LookBack"/>: the value names the reading at the call site.</param>
    /// <param name="lookBack">The look-back length, a positive period of date units (<c>Period.FromDays(365)</c>, <c>Period.FromMonths(12)</c>);
    /// the look-back window is <c>Periods.Trailing(window.Start - 1 day, lookBack)</c>.</param>
    /// <returns>The counts; customers who bought before the look-back window, not in it, and again in the window are <see cref="RetentionCounts.Reactivated"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="window"/> or <paramref name="lookBack"/> is null.</exception>
    /// <exception cref="ArgumentException">The window or a date is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="basis"/> is not <see cref="CustomersAtStartBasis.LookBack"/>, <paramref name="lookBack"/>
    /// is not a positive period of date units or reaches back past the start of the ISO calendar, or a customer index is out of range.</exception>
    /// <remarks>Equals <see cref="Classify(TransactionColumns, DateInterval, DateInterval)"/> with the look-back window as the base window.</remarks>
    public static RetentionCounts Classify(TransactionColumns transactions, DateInterval window, CustomersAtStartBasis basis, Period lookBack)
    {
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(lookBack);
        return Classify(transactions, window, LookBackWindowOf(window, basis, lookBack));
    }

    /// <summary>The previous window of the same length, naming <c>window</c> when it would leave the calendar.</summary>
    private static DateInterval PreviousWindowOf(DateInterval window)
    {
        DateKey.RequireIso(window.Start, nameof(window));
        CalendarBounds.PlusDays(window.Start, -1, nameof(window), window);
        return Periods.Previous(window);
    }

    /// <summary>The look-back window that ends the day before <paramref name="window"/>.</summary>
    private static DateInterval LookBackWindowOf(DateInterval window, CustomersAtStartBasis basis, Period lookBack)
    {
        if (basis != CustomersAtStartBasis.LookBack)
        {
            Guard.ThrowOutOfRange(nameof(basis), basis, "must be LookBack when a look-back length is given");
        }

        DateKey.RequireIso(window.Start, nameof(window));
        LocalDate dayBefore = CalendarBounds.PlusDays(window.Start, -1, nameof(window), window);
        return Periods.Trailing(dayBefore, lookBack, nameof(lookBack));
    }

    private static RetentionCounts ThrowLookBackNeedsLength(CustomersAtStartBasis basis)
    {
        Guard.ThrowOutOfRange(nameof(basis), basis, "needs a look-back length: call the overload that takes lookBack");
        return default;
    }

    private static RetentionCounts ThrowUndefinedBasis(CustomersAtStartBasis basis) =>
        Guard.ThrowUndefined<CustomersAtStartBasis, RetentionCounts>(nameof(basis), basis);
}
