using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using CrmKpi.Internal;
using NodaTime;

namespace CrmKpi;

public static partial class Rfm
{
    /// <summary>
    /// The RFM aggregation of large logs: rows partitioned by customer block (<see cref="CustomerBlocks"/>), then
    /// aggregated block by block, <see cref="CustomerBlocks.BlockStateBytes"/> of state at a time.
    /// </summary>
    private static class BlockedAggregation
    {
        /// <summary>Bytes of state per customer: one <see cref="Accumulator"/>.</summary>
        private const int StateBytes = 16;

        /// <summary>The low bits of a <see cref="DateKey.Sortable"/> key below the day: the <see cref="DateKey.CalendarMask"/> bits.</summary>
        private const int KeyDayShift = 6;

        private static readonly int Shift = CustomerBlocks.Shift(StateBytes);

        /// <summary>The block shift for this log: -1 (direct pass) unless <see cref="CustomerBlocks.Worthwhile"/> (the state exceeds <see cref="CustomerBlocks.DirectStateBytes"/>) and the date keys have the packed layout.</summary>
        public static int AutoShift(TransactionColumns transactions, DateInterval window) =>
            DateKey.LayoutVerified && CustomerBlocks.Worthwhile(transactions.Length, transactions.CustomerCount, StateBytes) && Fits(window, Shift) ? Shift : -1;

        /// <summary>Whether a block offset and a day offset inside the window fit one 31-bit payload (windows up to about 30 years with the default shift).</summary>
        public static bool Fits(DateInterval window, int shift)
        {
            uint days = (uint)(DateKey.Sortable(window.End) - DateKey.Sortable(window.Start)) >> KeyDayShift;
            return DateKey.LayoutVerified && shift + BitOperations.Log2(days) + 1 <= 31;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static void Run(TransactionColumns transactions, DateInterval window, Span<Accumulator> customers, CustomerBlocks.Scratch scratch, int shift, int asOfDay, bool average)
        {
            int blocks = CustomerBlocks.BlockCount(customers.Length, shift);
            Span<int> starts = scratch.Starts(blocks);
            Span<int> ends = scratch.Cursors(blocks);
            ReadOnlySpan<int> indexes = transactions.CustomerIndexes;
            CustomerBlocks.Count(indexes, customers.Length, shift, starts);
            starts.CopyTo(ends);

            int startKey = DateKey.Sortable(window.Start);
            var encoder = new Encoder(transactions.Dates, transactions.Amounts, startKey, (uint)(DateKey.Sortable(window.End) - startKey), shift);
            Span<Row> rows = scratch.Payloads<Row>(indexes.Length);
            CustomerBlocks.Scatter(indexes, shift, ends, rows, ref encoder);
            if (encoder.Calendars != 0)
            {
                DateKey.ThrowFirstNonIso(transactions.Dates, "dates");
            }

            if (!encoder.AllFinite)
            {
                RowChecks.ThrowFirstNonFinite(transactions.Amounts, "amounts");
            }

            // Recency of each day offset of the window, so the block pass converts a customer's last day without a date computation.
            Span<int> recencyOf = scratch.Lookup((int)((uint)(DateKey.Sortable(window.End) - startKey) >> KeyDayShift) + 1);
            for (LocalDate day = window.Start; ; day = day.PlusDays(1))
            {
                recencyOf[(DateKey.Sortable(day) - startKey) >> KeyDayShift] = asOfDay - DateKey.DayNumber(day);
                if (day == window.End)
                {
                    break;   // never steps past the window's last day, which may be the calendar's
                }
            }

            int mask = (1 << shift) - 1;
            for (int b = 0; b < blocks; b++)
            {
                int first = b << shift;
                Span<Accumulator> block = customers.Slice(first, Math.Min(1 << shift, customers.Length - first));
                block.Clear();   // LastKey 0 = the window's first day
                ref Accumulator state = ref MemoryMarshal.GetReference(block);
                foreach (Row row in rows[starts[b]..ends[b]])
                {
                    ref Accumulator a = ref Unsafe.Add(ref state, row.Packed & mask);
                    a.Count++;
                    a.Sum += row.Amount;
                    int later = (row.Packed >> shift) - a.LastKey;   // both in [0, 2^31): no overflow
                    a.LastKey += later & ~(later >> 31);             // max without a branch: the JIT's compare-and-jump mispredicts on random dates
                }

                Finish(block, recencyOf, average);
            }
        }

        /// <summary>Turns a block's accumulators (last key = day offset in the window) into values, in place.</summary>
        private static void Finish(Span<Accumulator> block, ReadOnlySpan<int> recencyOf, bool average)
        {
            Span<RfmValues> values = MemoryMarshal.Cast<Accumulator, RfmValues>(block);
            for (int c = 0; c < block.Length; c++)
            {
                Accumulator a = block[c];
                values[c] = a.Count == 0 ? RfmValues.NoPurchase : new RfmValues(recencyOf[a.LastKey], a.Count, average ? a.Sum / a.Count : a.Sum);
            }
        }

        /// <summary>One partitioned row: the customer's offset in its block (low bits) and the day offset in the window (high bits), and the amount.</summary>
        [StructLayout(LayoutKind.Sequential, Pack = 4)]
        private readonly struct Row(int packed, double amount)
        {
            public readonly int Packed = packed;
            public readonly double Amount = amount;
        }

        /// <summary>Encodes a row kept in the window, folding the calendar and finiteness checks of the date and amount columns.</summary>
        private ref struct Encoder(ReadOnlySpan<LocalDate> dates, ReadOnlySpan<double> amounts, int startKey, uint span, int shift) : CustomerBlocks.IRowEncoder<Row>
        {
            private readonly ReadOnlySpan<LocalDate> _dates = dates;
            private readonly ReadOnlySpan<double> _amounts = amounts;

            public int Calendars { get; private set; }

            public bool AllFinite { get; private set; } = true;

            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public Row Encode(int row, int local, out bool keep)
            {
                LocalDate date = _dates[row];
                double amount = _amounts[row];
                int key = DateKey.Sortable(date);
                Calendars |= key & DateKey.CalendarMask;
                AllFinite &= double.IsFinite(amount);
                uint offset = (uint)(key - startKey);
                keep = offset <= span;
                return new Row(local | (int)(offset >> KeyDayShift << shift), amount);
            }
        }
    }
}
