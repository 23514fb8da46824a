using System;
using CrmKpi.Internal;
using NodaTime;

namespace CrmKpi;

/// <summary>
/// A transaction log in columns: one row per purchase, with the buying customer's dense index, the
/// purchase date, the amount and optionally the number of items. The constructor checks the column
/// lengths once, so every calculator that takes the group can trust them.
/// </summary>
/// <remarks>
/// <para>
/// Customers are dense indexes <c>0 .. CustomerCount - 1</c> (use <see cref="CustomerIndexMap{TKey}"/> to
/// turn arbitrary keys into indexes once). Element values are checked by the calculators in the same
/// pass that computes their result, never in a separate scan: a customer index outside
/// <c>[0, CustomerCount)</c>, a NaN or infinite amount or a negative item count throws
/// <see cref="ArgumentOutOfRangeException"/> naming the column and the row.
/// </para>
/// <para>
/// Amounts may be negative (refunds). Dates and windows are in the ISO calendar, the calendar of
/// every CRM export: the column calculators compare dates as integers, and a date of another
/// calendar throws <see cref="ArgumentException"/> naming its row (convert with
/// <c>WithCalendar(CalendarSystem.Iso)</c>). Rows may come in any order: no calculator assumes they are sorted.
/// </para>
/// </remarks>
public readonly ref struct TransactionColumns
{
    /// <summary>Groups the columns of a log without item counts.</summary>
    /// <param name="customerIndexes">The customer of each row, as an index in <c>[0, customerCount)</c>.</param>
    /// <param name="dates">The date of each row.</param>
    /// <param name="amounts">The amount of each row, in currency units; finite.</param>
    /// <param name="customerCount">The number of customers the indexes refer to. Not negative.</param>
    /// <exception cref="ArgumentException"><paramref name="dates"/> or <paramref name="amounts"/> differs in length from <paramref name="customerIndexes"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="customerCount"/> is negative, or above <see cref="Array.MaxLength"/>
    /// (the most customers a per-customer result array can hold).</exception>
    public TransactionColumns(ReadOnlySpan<int> customerIndexes, ReadOnlySpan<LocalDate> dates, ReadOnlySpan<double> amounts, int customerCount)
    {
        Guard.SameLength(customerIndexes.Length, dates.Length, nameof(dates));
        Guard.SameLength(customerIndexes.Length, amounts.Length, nameof(amounts));
        Guard.InRange(customerCount, 0, Array.MaxLength);
        CustomerIndexes = customerIndexes;
        Dates = dates;
        Amounts = amounts;
        ItemCounts = default;
        HasItemCounts = false;
        CustomerCount = customerCount;
    }

    /// <summary>Groups the columns of a log with the number of items in each row.</summary>
    /// <param name="customerIndexes">The customer of each row, as an index in <c>[0, customerCount)</c>.</param>
    /// <param name="dates">The date of each row.</param>
    /// <param name="amounts">The amount of each row, in currency units; finite.</param>
    /// <param name="itemCounts">The number of items in each row; not negative.</param>
    /// <param name="customerCount">The number of customers the indexes refer to. Not negative.</param>
    /// <exception cref="ArgumentException">A column differs in length from <paramref name="customerIndexes"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="customerCount"/> is negative, or above <see cref="Array.MaxLength"/>.</exception>
    public TransactionColumns(ReadOnlySpan<int> customerIndexes, ReadOnlySpan<LocalDate> dates, ReadOnlySpan<double> amounts, ReadOnlySpan<int> itemCounts, int customerCount)
        : this(customerIndexes, dates, amounts, customerCount)
    {
        Guard.SameLength(customerIndexes.Length, itemCounts.Length, nameof(itemCounts));
        ItemCounts = itemCounts;
        HasItemCounts = true;
    }

    /// <summary>The customer of each row, as a dense index in <c>[0, <see cref="CustomerCount"/>)</c>.</summary>
    public ReadOnlySpan<int> CustomerIndexes { get; }

    /// <summary>The date of each row.</summary>
    public ReadOnlySpan<LocalDate> Dates { get; }

    /// <summary>The amount of each row, in currency units.</summary>
    public ReadOnlySpan<double> Amounts { get; }

    /// <summary>The number of items in each row; empty when <see cref="HasItemCounts"/> is false.</summary>
    public ReadOnlySpan<int> ItemCounts { get; }

    /// <summary>Whether the log carries item counts.</summary>
    public bool HasItemCounts { get; }

    /// <summary>The number of customers the indexes refer to.</summary>
    public int CustomerCount { get; }

    /// <summary>The number of rows.</summary>
    public int Length => CustomerIndexes.Length;
}
