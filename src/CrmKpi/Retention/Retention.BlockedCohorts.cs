using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using CrmKpi.Internal;
using NodaTime;

namespace CrmKpi;

public static partial class Retention
{
    /// <summary>
    /// The cohort marks of large logs: rows partitioned by customer block (<see cref="CustomerBlocks"/>) into
    /// 4-byte payloads (block offset and period), then marked block by block in a mask array of at most <see cref="CustomerBlocks.BlockStateBytes"/>.
    /// </summary>
    internal static class BlockedCohorts
    {
        /// <summary>The block shift for this log: -1 (direct pass) unless <see cref="CustomerBlocks.Worthwhile"/> (the masks exceed <see cref="CustomerBlocks.DirectStateBytes"/>).</summary>
        public static int AutoShift(TransactionColumns transactions, int p, int words)
        {
            int stateBytes = words * sizeof(ulong);
            int shift = CustomerBlocks.Shift(stateBytes);
            return CustomerBlocks.Worthwhile(transactions.Length, transactions.CustomerCount, stateBytes) && Fits(p, shift) ? shift : -1;
        }

        /// <summary>Whether a block offset and a period (up to p + 1) fit one 31-bit payload.</summary>
        public static bool Fits(int p, int shift) => shift + BitOperations.Log2((uint)p + 1) + 1 <= 31;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static void Run(TransactionColumns transactions, int first, ReadOnlySpan<int> periodOf, int p, int words, RetentionWorkspace workspace, Span<long> sizes, Span<long> active, int shift)
        {
            int customers = transactions.CustomerCount;
            int blocks = CustomerBlocks.BlockCount(customers, shift);
            CustomerBlocks.Scratch scratch = workspace.Blocks;
            Span<int> starts = scratch.Starts(blocks);
            Span<int> ends = scratch.Cursors(blocks);
            ReadOnlySpan<int> indexes = transactions.CustomerIndexes;
            CustomerBlocks.Count(indexes, customers, shift, starts);
            starts.CopyTo(ends);

            var encoder = new Encoder(transactions.Dates, first, periodOf, p, shift);
            Span<int> rows = scratch.Payloads<int>(indexes.Length);
            CustomerBlocks.Scatter(indexes, shift, ends, rows, ref encoder);
            if (encoder.Calendars != 0)
            {
                DateKey.ThrowFirstNonIso(transactions.Dates, "dates");
            }

            Span<ulong> bits = workspace.Bits(checked(words << shift));
            int mask = (1 << shift) - 1;
            for (int b = 0; b < blocks; b++)
            {
                int blockCustomers = Math.Min(1 << shift, customers - (b << shift));
                Span<ulong> block = bits[..(blockCustomers * words)];
                block.Clear();
                ref ulong state = ref MemoryMarshal.GetReference(block);
                foreach (int row in rows[starts[b]..ends[b]])
                {
                    int period = row >> shift;
                    Unsafe.Add(ref state, ((row & mask) * words) + (period >> 6)) |= 1UL << period;
                }

                CountCohorts(block, p, words, sizes, active);
            }
        }

        /// <summary>Encodes a row as its customer's block offset and its period, dropping rows after the range; folds the calendar check.</summary>
        private ref struct Encoder(ReadOnlySpan<LocalDate> dates, int first, ReadOnlySpan<int> periodOf, int p, int shift) : CustomerBlocks.IRowEncoder<int>
        {
            private readonly ReadOnlySpan<LocalDate> _dates = dates;
            private readonly ReadOnlySpan<int> _periodOf = periodOf;

            public int Calendars { get; private set; }

            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public int Encode(int row, int local, out bool keep)
            {
                LocalDate date = _dates[row];
                Calendars |= DateKey.CalendarBits(date);
                int period = PeriodOf(date, first, _periodOf, p);
                keep = period <= p;
                return local | (period << shift);
            }
        }
    }
}
