using System;
using System.Runtime.CompilerServices;
using CrmKpi.Internal;
using NodaTime;

namespace CrmKpi;

public static partial class Retention
{
    private const int BeforeBit = 1;
    private const int BaseBit = 2;
    private const int InWindowBit = 4;
    private const int TwiceBit = 8;

    /// <summary>
    /// Classifies every customer of a log for a window: at start (first purchase before the window), new,
    /// retained, lost, active, repeat and total. The counts all the retention ratios are taken of.
    /// </summary>
    /// <param name="transactions">The whole purchase history: rows before the window decide who is at start and who is new; rows after it are ignored.</param>
    /// <param name="window">The inclusive window; ISO calendar.</param>
    /// <returns>The counts, with <see cref="RetentionCounts.Reactivated"/> always 0 (every earlier customer is at start).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="window"/> is null.</exception>
    /// <exception cref="ArgumentException">The window or a date is not in the ISO calendar (the message names the row).</exception>
    /// <exception cref="ArgumentOutOfRangeException">A customer index is outside <c>[0, CustomerCount)</c> (the message names the row).</exception>
    /// <remarks>
    /// <para>Definitions: see <see cref="RetentionCounts"/>. Amounts are not read, so they are not checked either.</para>
    /// <para>One pass over the customer and date columns with one byte of state per customer (rented from the shared pool), then one pass over the customers: O(rows + customers).</para>
    /// <para>Example: in a log where customers 0 and 1 bought in January, 0 again and 2 for the first time in February, the window February has S = 2, N = 1, retained 1, lost 1, active 2.</para>
    /// </remarks>
    public static RetentionCounts Classify(TransactionColumns transactions, DateInterval window)
    {
        ArgumentNullException.ThrowIfNull(window);
        return WithPooledWorkspace(transactions, window, static (t, w, ws) => ClassifyCore(t, w, null, ws));
    }

    /// <summary>Classifies every customer for a window, with "at start" meaning a purchase inside <paramref name="baseWindow"/> (a lookback window, or the previous period).</summary>
    /// <param name="transactions">The whole purchase history.</param>
    /// <param name="window">The inclusive window; ISO calendar.</param>
    /// <param name="baseWindow">The inclusive window that defines the customers at start; it must end before <paramref name="window"/> starts.
    /// For a 365-day activity lookback pass <c>new DateInterval(window.Start.PlusDays(-365), window.Start.PlusDays(-1))</c>; for the previous year, <see cref="Periods.SameLastYear(DateInterval)"/>.</param>
    /// <returns>The counts; customers who bought before the base window, not in it, and again in the window are <see cref="RetentionCounts.Reactivated"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="window"/> or <paramref name="baseWindow"/> is null.</exception>
    /// <exception cref="ArgumentException">A window or a date is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="baseWindow"/> does not end before <paramref name="window"/> starts, or a customer index is out of range.</exception>
    /// <remarks>Definitions: see <see cref="RetentionCounts"/>. O(rows + customers), no allocation beyond pooled scratch.</remarks>
    public static RetentionCounts Classify(TransactionColumns transactions, DateInterval window, DateInterval baseWindow)
    {
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(baseWindow);
        return WithPooledWorkspace(transactions, (window, baseWindow), static (t, a, ws) => ClassifyCore(t, a.window, a.baseWindow, ws));
    }

    /// <summary>Classifies every customer for a window (first purchase before the window = at start), using the caller's workspace.</summary>
    /// <param name="transactions">The whole purchase history.</param>
    /// <param name="window">The inclusive window; ISO calendar.</param>
    /// <param name="workspace">Scratch memory reused across calls, one per thread; null to rent it from the shared array pool for this call.</param>
    /// <returns>The counts, as <see cref="Classify(TransactionColumns, DateInterval)"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="window"/> is null.</exception>
    /// <exception cref="ArgumentException">The window or a date is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A customer index is out of range.</exception>
    /// <remarks>Allocates nothing once the workspace has grown to the customer count.</remarks>
    public static RetentionCounts Classify(TransactionColumns transactions, DateInterval window, RetentionWorkspace? workspace)
    {
        ArgumentNullException.ThrowIfNull(window);
        return workspace is null ? Classify(transactions, window) : ClassifyCore(transactions, window, null, workspace);
    }

    /// <summary>Classifies every customer for a window with a base window defining "at start", using the caller's workspace.</summary>
    /// <param name="transactions">The whole purchase history.</param>
    /// <param name="window">The inclusive window; ISO calendar.</param>
    /// <param name="baseWindow">The inclusive window that defines the customers at start; it must end before <paramref name="window"/> starts.</param>
    /// <param name="workspace">Scratch memory reused across calls, one per thread; null to rent it from the shared array pool for this call.</param>
    /// <returns>The counts, as <see cref="Classify(TransactionColumns, DateInterval, DateInterval)"/>.</returns>
    /// <exception cref="ArgumentNullException">A window is null.</exception>
    /// <exception cref="ArgumentException">A window or a date is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="baseWindow"/> does not end before <paramref name="window"/> starts, or a customer index is out of range.</exception>
    /// <remarks>Allocates nothing once the workspace has grown to the customer count.</remarks>
    public static RetentionCounts Classify(TransactionColumns transactions, DateInterval window, DateInterval baseWindow, RetentionWorkspace? workspace)
    {
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(baseWindow);
        return workspace is null ? Classify(transactions, window, baseWindow) : ClassifyCore(transactions, window, baseWindow, workspace);
    }

    /// <summary>A kernel that takes its scratch from a workspace.</summary>
    private delegate TResult WorkspaceKernel<TArgs, TResult>(TransactionColumns transactions, TArgs args, RetentionWorkspace workspace);

    /// <summary>Runs a kernel with a workspace rented from the shared array pool, and returns the arrays afterwards.</summary>
    private static TResult WithPooledWorkspace<TArgs, TResult>(TransactionColumns transactions, TArgs args, WorkspaceKernel<TArgs, TResult> kernel)
    {
        RetentionWorkspace workspace = RetentionWorkspace.RentPooled();
        try
        {
            return kernel(transactions, args, workspace);
        }
        finally
        {
            workspace.ReturnPooled();
        }
    }

    private static RetentionCounts ClassifyCore(TransactionColumns transactions, DateInterval window, DateInterval? baseWindow, RetentionWorkspace workspace)
    {
        DateKey.RequireIso(window.Start, nameof(window));
        int start = DateKey.Sortable(window.Start);
        uint span = (uint)(DateKey.Sortable(window.End) - start);
        int baseStart;
        uint baseSpan;
        if (baseWindow is null)
        {
            // The base is everything before the window: the base bit then equals the before bit.
            baseStart = int.MinValue;
            baseSpan = (uint)(start - 1 - baseStart);
        }
        else
        {
            DateKey.RequireIso(baseWindow.Start, nameof(baseWindow));
            Guard.EndsBefore(baseWindow, window, nameof(baseWindow));
            baseStart = DateKey.Sortable(baseWindow.Start);
            baseSpan = (uint)(DateKey.Sortable(baseWindow.End) - baseStart);
        }

        Span<byte> flags = workspace.Flags(transactions.CustomerCount);
        flags.Clear();
        MarkWindowFlags(transactions, start, span, baseStart, baseSpan, flags);

        Span<long> histogram = stackalloc long[16];
        foreach (byte f in flags)
        {
            histogram[f]++;
        }

        return CountsFromHistogram(histogram);
    }

    /// <summary>The row pass: per customer, bit 0 = bought before the window, 1 = in the base window, 2 = in the window, 3 = twice in the window.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]   // a kernel called a few times on large inputs: skip tier-0 and OSR
    private static void MarkWindowFlags(TransactionColumns transactions, int start, uint span, int baseStart, uint baseSpan, Span<byte> flags)
    {
        ReadOnlySpan<int> indexes = transactions.CustomerIndexes;
        ReadOnlySpan<LocalDate> dates = transactions.Dates[..indexes.Length];
        int calendars = 0;
        for (int i = 0; i < indexes.Length; i++)
        {
            int c = indexes[i];
            if ((uint)c >= (uint)flags.Length)
            {
                Guard.ThrowElement("customerIndexes", i, c, RowChecks.CustomerIndexRule(flags.Length));
            }

            LocalDate date = dates[i];
            calendars |= DateKey.CalendarBits(date);
            int key = DateKey.Sortable(date);

            // Branch-free: window membership is random per row, so branches would mispredict.
            int inWindow = InsideBit((uint)(key - start), span) << 2;
            int inBase = InsideBit((uint)(key - baseStart), baseSpan) << 1;
            int before = (int)((ulong)((long)key - start) >> 63);
            int old = flags[c];
            flags[c] = (byte)(old | before | inBase | inWindow | ((old & inWindow) << 1));
        }

        if (calendars != 0)
        {
            DateKey.ThrowFirstNonIso(dates, "dates");
        }
    }

    /// <summary>1 when <paramref name="offset"/> ≤ <paramref name="span"/>, else 0, without a branch.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int InsideBit(uint offset, uint span) => (int)((ulong)((long)offset - span - 1) >> 63);

    private static RetentionCounts CountsFromHistogram(ReadOnlySpan<long> histogram)
    {
        long atStart = 0, fresh = 0, retained = 0, lost = 0, reactivated = 0, active = 0, repeat = 0, total = 0;
        for (int state = 0; state < histogram.Length; state++)
        {
            long n = histogram[state];
            bool before = (state & BeforeBit) != 0;
            bool isBase = (state & BaseBit) != 0;
            bool inWindow = (state & InWindowBit) != 0;
            atStart += isBase ? n : 0;
            retained += isBase && inWindow ? n : 0;
            lost += isBase && !inWindow ? n : 0;
            fresh += !before && inWindow ? n : 0;
            reactivated += before && !isBase && inWindow ? n : 0;
            active += inWindow ? n : 0;
            repeat += (state & TwiceBit) != 0 ? n : 0;
            total += before || inWindow ? n : 0;
        }

        return new RetentionCounts(atStart, fresh, retained, lost, reactivated, active, repeat, total);
    }
}
