using System;
using CrmKpi.Internal;
using NodaTime;

namespace CrmKpi;

/// <summary>
/// The cohort table of a log read in chunks (a file larger than memory): <see cref="Add"/> each chunk, then
/// <see cref="ToTable"/> gives what <see cref="Retention.Cohorts(TransactionColumns, DateInterval, PeriodUnit)"/> gives
/// on the whole log. Per customer it keeps the first purchase and a bit per period of the range; the chunks' customer
/// indexes refer to one key map for the whole log, so the customer count may grow from chunk to chunk. Memory: about
/// 4 + periods / 8 bytes per customer, whatever the number of rows.
/// </summary>
public sealed class CohortAccumulator
{
    private readonly int[] _periodOfDay;
    private readonly int _firstDay;
    private readonly int _words;
    private int[] _firstPurchase = [];
    private ulong[] _active = [];
    private int _customers;

    /// <summary>Starts with no customer.</summary>
    /// <param name="range">The inclusive range of acquisition and observation; ISO calendar.</param>
    /// <param name="unit">The cohort and column period.</param>
    /// <exception cref="ArgumentNullException"><paramref name="range"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="range"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not defined, or the range splits into more than 4,096 periods.</exception>
    public CohortAccumulator(DateInterval range, PeriodUnit unit)
    {
        ArgumentNullException.ThrowIfNull(range);
        DateKey.RequireIso(range.Start, nameof(range));
        Guard.Defined(unit);
        DateInterval[] periods = Periods.Split(range, unit);
        if (periods.Length > Retention.MaxCohortPeriods)
        {
            Guard.ThrowOutOfRange(nameof(range), range, $"splits into {periods.Length} periods of {unit}; a cohort table holds at most {Retention.MaxCohortPeriods}");
        }

        Range = range;
        Unit = unit;
        PeriodCount = periods.Length;
        _words = (periods.Length + 63) / 64;
        _firstDay = DateKey.DayNumber(range.Start);
        _periodOfDay = new int[DateKey.DayNumber(range.End) - _firstDay + 1];
        for (int q = 0; q < periods.Length; q++)
        {
            int from = DateKey.DayNumber(periods[q].Start) - _firstDay;
            int to = DateKey.DayNumber(periods[q].End) - _firstDay;
            _periodOfDay.AsSpan(from, to - from + 1).Fill(q);
        }
    }

    /// <summary>The range of acquisition and observation.</summary>
    public DateInterval Range { get; }

    /// <summary>The cohort and column period.</summary>
    public PeriodUnit Unit { get; }

    /// <summary>The periods the range splits into.</summary>
    public int PeriodCount { get; }

    /// <summary>The customers seen so far.</summary>
    public int CustomerCount => _customers;

    /// <summary>Adds a chunk's rows.</summary>
    /// <param name="chunk">The next rows of the log.</param>
    /// <exception cref="ArgumentException">A date is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A customer index is out of range (the rows before it are added).</exception>
    public void Add(TransactionColumns chunk)
    {
        Grow(chunk.CustomerCount);
        ReadOnlySpan<int> indexes = chunk.CustomerIndexes;
        ReadOnlySpan<LocalDate> dates = chunk.Dates;
        for (int i = 0; i < indexes.Length; i++)
        {
            int c = indexes[i];
            if ((uint)c >= (uint)chunk.CustomerCount)
            {
                Guard.ThrowElement("customerIndexes", i, c, RowChecks.CustomerIndexRule(chunk.CustomerCount));
            }

            DateKey.RequireIso(dates[i], "dates");
            int day = DateKey.DayNumber(dates[i]);
            _firstPurchase[c] = Math.Min(_firstPurchase[c], day);
            int offset = day - _firstDay;
            if ((uint)offset < (uint)_periodOfDay.Length)
            {
                int q = _periodOfDay[offset];
                _active[((long)c * _words) + (q >> 6)] |= 1UL << (q & 63);
            }
        }
    }

    /// <summary>
    /// Adds the state of another accumulator over the same range, unit and customer numbering (for example one per file,
    /// or one per thread over parts of a file): first purchases take the earlier, period bits the union. The table is then
    /// exactly that of all rows added to either.
    /// </summary>
    /// <param name="other">The other accumulator; unchanged.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="other"/> has a different range or unit.</exception>
    public void Merge(CohortAccumulator other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (!other.Range.Equals(Range) || other.Unit != Unit)
        {
            throw new ArgumentException($"The other accumulator's range and unit ({other.Range}, {other.Unit}) differ from this one's ({Range}, {Unit}).", nameof(other));
        }

        int count = other._customers;
        Grow(count);
        for (int c = 0; c < count; c++)
        {
            _firstPurchase[c] = Math.Min(_firstPurchase[c], other._firstPurchase[c]);
        }

        ReadOnlySpan<ulong> from = other._active.AsSpan(0, count * _words);
        Span<ulong> into = _active.AsSpan(0, from.Length);
        for (int i = 0; i < from.Length; i++)
        {
            into[i] |= from[i];
        }
    }

    /// <summary>The cohort table of every row added so far.</summary>
    /// <returns>The table.</returns>
    public CohortTable ToTable()
    {
        int p = PeriodCount;
        var counts = new long[p, p];
        for (int c = 0; c < _customers; c++)
        {
            int offset = _firstPurchase[c] - _firstDay;
            if ((uint)offset >= (uint)_periodOfDay.Length)
            {
                continue;   // first bought before the range (or after it): in no cohort
            }

            int cohort = _periodOfDay[offset];
            for (int q = cohort; q < p; q++)
            {
                if ((_active[((long)c * _words) + (q >> 6)] & (1UL << (q & 63))) != 0)
                {
                    counts[cohort, q - cohort]++;
                }
            }
        }

        return CohortTable.FromCounts(Unit, Range, counts);
    }

    private void Grow(int customers)
    {
        if (customers <= _customers)
        {
            return;
        }

        if (customers > _firstPurchase.Length)
        {
            int size = (int)Math.Min(Array.MaxLength / Math.Max(1, _words), Math.Max(customers, _firstPurchase.Length + ((long)_firstPurchase.Length >> 1)));
            int old = _firstPurchase.Length;
            Array.Resize(ref _firstPurchase, size);
            _firstPurchase.AsSpan(old).Fill(int.MaxValue);
            Array.Resize(ref _active, checked(size * _words));
        }

        _customers = customers;
    }
}
