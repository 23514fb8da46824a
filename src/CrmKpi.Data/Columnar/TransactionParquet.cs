using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CrmKpi.Data.Columnar.ParquetPages;
using CrmKpi.Data.Internal;
using NodaTime;
using Parquet.Data;
using Parquet.Schema;
using ParquetFile = Parquet.ParquetReader;
using ParquetFileOptions = Parquet.ParquetOptions;

namespace CrmKpi.Data.Columnar;

/// <summary>
/// Reads a transaction log from a Parquet file (with Parquet.Net), row group by row group and column by
/// column into typed arrays: no value is boxed. Customer ids may be text or whole numbers; dates DATE or
/// TIMESTAMP (any unit); amounts double, float, decimal or whole numbers; the quantity whole numbers.
/// </summary>
/// <remarks>
/// <para>
/// Columns are found by name like the CSV reader's (<see cref="TransactionCsvOptions.CustomerAliases"/>
/// and the others, compared without case) or named in the options; a missing column is one error that
/// lists the file's columns. A null is an error naming its row and column, or with
/// <see cref="ColumnarTransactionOptions.Lenient"/> its row is skipped and counted. Amounts must be finite.
/// </para>
/// <para>
/// Whole-number customer ids are mapped to the log's text keys by their invariant text, each distinct id
/// formatted once. A flat column in the common encodings (PLAIN, dictionary; uncompressed, Snappy, gzip, Brotli,
/// Zstandard or raw LZ4) is decoded from its pages by CrmKpi itself, text ids as UTF-8 without a string per
/// value; any other column (DELTA or BYTE_STREAM_SPLIT encodings, LZO, nested or encrypted columns, decimals,
/// timestamps) is read through Parquet.Net. Both give the same log: see docs/performance.md for the speed.
/// </para>
/// </remarks>
public static class TransactionParquet
{
    /// <summary>Reads a file into a log: the one-call form (synchronous; the file is read with blocking I/O).</summary>
    /// <param name="path">The Parquet file.</param>
    /// <param name="options">How to read it; null for the defaults.</param>
    /// <returns>The log.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="IOException">The file cannot be read or is not a Parquet file.</exception>
    /// <exception cref="ColumnarDataException">A column is missing or of a type not taken, or (strict) a value is null, not finite or not a date in the ISO calendar.</exception>
    public static TransactionLog Load(string path, ColumnarTransactionOptions? options = null) =>
        ReadAsync(path, options).AsTask().GetAwaiter().GetResult().Log;

    /// <summary>Reads a file into a log, with the account of rows and the columns used.</summary>
    /// <param name="path">The Parquet file.</param>
    /// <param name="options">How to read it; null for the defaults.</param>
    /// <param name="cancellationToken">Stops the read between row groups.</param>
    /// <returns>The log and the account.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="IOException">The file cannot be read or is not a Parquet file.</exception>
    /// <exception cref="ColumnarDataException">A column is missing or of a type not taken, or (strict) a value cannot be used.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async ValueTask<ColumnarReadResult> ReadAsync(string path, ColumnarTransactionOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16, FileOptions.Asynchronous | FileOptions.RandomAccess);
        return await ReadAsync(stream, path, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads a Parquet stream (readable and seekable) into a log.</summary>
    /// <param name="stream">The Parquet bytes; not closed.</param>
    /// <param name="name">The name to give in messages.</param>
    /// <param name="options">How to read it; null for the defaults.</param>
    /// <param name="cancellationToken">Stops the read between row groups.</param>
    /// <returns>The log and the account.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot seek (Parquet keeps its metadata at the end).</exception>
    /// <exception cref="IOException">The stream cannot be read or is not a Parquet file.</exception>
    /// <exception cref="ColumnarDataException">A column is missing or of a type not taken, or (strict) a value cannot be used.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async ValueTask<ColumnarReadResult> ReadAsync(Stream stream, string name, ColumnarTransactionOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);
        if (!stream.CanSeek)
        {
            throw new ArgumentException($"{name}: a Parquet file is read from a seekable stream (its metadata is at the end); copy standard input to a file first.", nameof(stream));
        }

        options ??= new ColumnarTransactionOptions();
        ParquetFile file;
        try
        {
            file = await ParquetFile.CreateAsync(stream, new ParquetFileOptions { UseDateOnlyTypeForDates = true, TreatByteArrayAsString = true }, leaveStreamOpen: true, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not (OperationCanceledException or IOException))
        {
            throw new IOException($"{name}: not a Parquet file ({e.Message})", e);
        }

        await using (file.ConfigureAwait(false))
        {
            DataField[] fields = file.Schema.GetDataFields();
            string[] names = [.. fields.Select(f => f.Name)];
            DataField customer = fields[ColumnarAssembler.Find(name, names, "customer", options.CustomerColumn, TransactionCsvOptions.CustomerAliases, optional: false)];
            DataField date = fields[ColumnarAssembler.Find(name, names, "date", options.DateColumn, TransactionCsvOptions.DateAliases, optional: false)];
            DataField amount = fields[ColumnarAssembler.Find(name, names, "amount", options.AmountColumn, TransactionCsvOptions.AmountAliases, optional: false)];
            int quantityAt = options.ReadQuantity ? ColumnarAssembler.Find(name, names, "quantity", options.QuantityColumn, TransactionCsvOptions.QuantityAliases, optional: options.QuantityColumn is null) : -1;
            DataField? quantity = quantityAt >= 0 ? fields[quantityAt] : null;

            var rows = new ColumnarAssembler(name, options, amount.Name, quantity is not null);
            using var even = new ParquetDirectColumns(stream, name, rows) { Enabled = options.DecodePagesDirectly };
            using var odd = new ParquetDirectColumns(stream, name, rows) { Enabled = options.DecodePagesDirectly };
            var reader = new RowGroupReader(rows, [even, odd], options.UsesTwoThreads, customer, date, amount, quantity);
            rows.Reserve(file.Metadata?.NumRows ?? 0);

            // The largest row group's buffers up front: the next group's columns are set up while the current one is read.
            rows.ReservePart(file.Metadata?.RowGroups.Count > 0 ? checked((int)file.Metadata.RowGroups.Max(r => r.NumRows)) : 0);
            Parquet.ParquetRowGroupReader? next = file.RowGroupCount > 0 ? file.OpenRowGroupReader(0) : null;
            try
            {
                for (int g = 0; g < file.RowGroupCount; g++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    using Parquet.ParquetRowGroupReader group = next!;
                    next = g + 1 < file.RowGroupCount ? file.OpenRowGroupReader(g + 1) : null;
                    await reader.ReadAsync(g, group, next, cancellationToken).ConfigureAwait(false);
                }
            }
            finally
            {
                next?.Dispose();
            }

            ColumnarReadResult result = rows.Finish(customer.Name, date.Name, quantity?.Name);
            result.DirectChunks = even.Chunks + odd.Chunks;
            return result;
        }
    }

    /// <summary>Reads each row group's columns into the assembler's typed buffers, then appends its usable rows.</summary>
    // Each column is decoded from its pages directly when it can be (ParquetDirectColumns), else read with Parquet.Net.
    // Two sets of direct column readers take the row groups in turn, so on two threads the second thread can decode the
    // next group's text ids (into the staging of its set) while the calling thread maps the current group's.
    private sealed class RowGroupReader(ColumnarAssembler rows, ParquetDirectColumns[] columns, bool twoThreads, DataField customer, DataField date, DataField amount, DataField? quantity)
    {
        private int _loadedAhead = -1;
        private int _stagedAhead = -1;

        public async ValueTask ReadAsync(int g, Parquet.ParquetRowGroupReader group, Parquet.ParquetRowGroupReader? next, CancellationToken cancellationToken)
        {
            int count = checked((int)group.RowCount);
            ParquetDirectColumns direct = columns[g % 2];
            rows.Begin(count);
            if (_loadedAhead != g)
            {
                direct.Group = g;
                await direct.LoadAsync(group, customer, date, amount, quantity, cancellationToken).ConfigureAwait(false);
            }

            if (AllPicked(direct) && twoThreads)
            {
                bool staged = _stagedAhead == g;
                ParquetDirectColumns ahead = columns[(g + 1) % 2];
                int aheadCount = -1;
                if (next is not null)
                {
                    ahead.Group = g + 1;
                    await ahead.LoadAsync(next, customer, date, amount, quantity, cancellationToken).ConfigureAwait(false);
                    _loadedAhead = g + 1;
                    if (AllPicked(ahead) && ahead.KeysAreText)
                    {
                        aheadCount = checked((int)next.RowCount);
                        ahead.BeginStagedKeys(aheadCount);
                        _stagedAhead = g + 1;
                    }
                }

                DecodeOnTwoThreads(direct, count, staged, ahead, aheadCount);
            }
            else
            {
                // In column order, each decoded here or read by Parquet.Net, so the first problem reported is the same either way.
                if (direct.Picked(ParquetDirectColumns.Keys))
                {
                    direct.Decode(ParquetDirectColumns.Keys, count);
                }
                else
                {
                    using RawColumnData keys = await group.ReadRawColumnDataBaseAsync(customer, cancellationToken).ConfigureAwait(false);
                    Keys(keys, count);
                }

                if (direct.Picked(ParquetDirectColumns.Dates))
                {
                    direct.Decode(ParquetDirectColumns.Dates, count);
                }
                else
                {
                    using RawColumnData dates = await group.ReadRawColumnDataBaseAsync(date, cancellationToken).ConfigureAwait(false);
                    Dates(dates, count);
                }

                if (direct.Picked(ParquetDirectColumns.Amounts))
                {
                    direct.Decode(ParquetDirectColumns.Amounts, count);
                }
                else
                {
                    using RawColumnData amounts = await group.ReadRawColumnDataBaseAsync(amount, cancellationToken).ConfigureAwait(false);
                    Amounts(amounts, count);
                }

                if (quantity is not null && direct.Picked(ParquetDirectColumns.Quantities))
                {
                    direct.Decode(ParquetDirectColumns.Quantities, count);
                }
                else if (quantity is not null)
                {
                    using RawColumnData quantities = await group.ReadRawColumnDataBaseAsync(quantity, cancellationToken).ConfigureAwait(false);
                    Quantities(quantities, count);
                }
            }

            rows.End(count);
        }

        private bool AllPicked(ParquetDirectColumns direct) =>
            direct.Picked(ParquetDirectColumns.Keys) && direct.Picked(ParquetDirectColumns.Dates) && direct.Picked(ParquetDirectColumns.Amounts)
            && (quantity is null || direct.Picked(ParquetDirectColumns.Quantities));

        // The customer map is not shared, so it is filled on the calling thread; the second thread does all the rest.
        // Text ids are decoded (decompressed, checked, widened) on the second thread and handed over page by page: the
        // group's own ids unless the previous group's second thread did them already, then dates, amounts and quantities,
        // then the next group's ids (aheadCount rows, when it is to be staged). Other ids are decoded on the calling
        // thread. A problem in the ids is reported first, as in column order, and the second thread is always waited for.
        private static void DecodeOnTwoThreads(ParquetDirectColumns direct, int count, bool staged, ParquetDirectColumns ahead, int aheadCount)
        {
            bool text = direct.KeysAreText;
            bool stageHere = text && !staged;
            if (stageHere)
            {
                direct.BeginStagedKeys(count);
            }

            Task others = Task.Run(() =>
            {
                if (stageHere)
                {
                    direct.DecodeStagedKeys(count);
                }

                direct.Decode(ParquetDirectColumns.Dates, count);
                direct.Decode(ParquetDirectColumns.Amounts, count);
                if (direct.Picked(ParquetDirectColumns.Quantities))
                {
                    direct.Decode(ParquetDirectColumns.Quantities, count);
                }

                if (aheadCount >= 0)
                {
                    ahead.DecodeStagedKeys(aheadCount);
                }
            });
            try
            {
                if (text)
                {
                    direct.MapStagedKeys();
                }
                else
                {
                    direct.Decode(ParquetDirectColumns.Keys, count);
                }
            }
            catch
            {
                try
                {
                    others.Wait();
                }
                catch (AggregateException)
                {
                    // The ids' problem comes first.
                }

                throw;
            }

            others.GetAwaiter().GetResult();
            if (text)
            {
                direct.EndStagedKeys();
            }
        }

        // Walks a column's values with its definition levels: calls take(row, valueIndex) for each non-null row. Raw values
        // are dense: the non-null ones in row order (the buffer may be longer than their count).
        private void ForEach(RawColumnData raw, int count, DataField field, Action<int, int> take)
        {
            if (!field.IsNullable)
            {
                for (int r = 0; r < count; r++)
                {
                    take(r, r);
                }

                return;
            }

            ReadOnlySpan<int> levels = raw.DefinitionLevels;
            int v = 0;
            for (int r = 0; r < count; r++)
            {
                if (levels[r] == 0)
                {
                    rows.Null(r, field.Name);
                }
                else
                {
                    take(r, v++);
                }
            }
        }

        private void Keys(RawColumnData raw, int count)
        {
            switch (raw)
            {
                case RawColumnData<ReadOnlyMemory<char>> text:
                {
                    ReadOnlyMemory<char>[] values = text.Values.ToArray();
                    ForEach(raw, count, customer, (r, v) => rows.TextKey(r, values[v].Span, customer.Name));
                    rows.FlushKeys();
                    break;
                }

                case RawColumnData<long> longs:
                {
                    long[] values = longs.Values.ToArray();
                    ForEach(raw, count, customer, (r, v) => rows.Customers[r] = rows.NumericId(values[v]));
                    break;
                }

                case RawColumnData<int> ints:
                {
                    int[] values = ints.Values.ToArray();
                    ForEach(raw, count, customer, (r, v) => rows.Customers[r] = rows.NumericId(values[v]));
                    break;
                }

                default:
                    throw rows.Unsupported(customer.Name, ValueType(raw), "text or whole numbers");
            }
        }

        private void Dates(RawColumnData raw, int count)
        {
            switch (raw)
            {
                case RawColumnData<DateOnly> dates:
                {
                    DateOnly[] values = dates.Values.ToArray();
                    ForEach(raw, count, date, (r, v) => rows.Dates[r] = rows.Date(values[v]));
                    break;
                }

                case RawColumnData<DateTime> times:
                {
                    DateTime[] values = times.Values.ToArray();
                    bool instant = date is DateTimeDataField { IsAdjustedToUTC: true };
                    ForEach(raw, count, date, (r, v) => rows.Dates[r] = rows.Date(values[v], instant));
                    break;
                }

                default:
                    throw rows.Unsupported(date.Name, ValueType(raw), "DATE or TIMESTAMP");
            }
        }

        private void Amounts(RawColumnData raw, int count)
        {
            switch (raw)
            {
                case RawColumnData<double> doubles when !amount.IsNullable:
                    doubles.Values[..count].CopyTo(rows.Amounts);
                    break;
                case RawColumnData<double> doubles:
                    Numbers(raw, doubles.Values.ToArray(), count, d => d);
                    break;
                case RawColumnData<float> floats:
                    Numbers(raw, floats.Values.ToArray(), count, f => f);
                    break;
                case RawColumnData<decimal> decimals:
                    Numbers(raw, decimals.Values.ToArray(), count, d => (double)d);
                    break;
                case RawColumnData<long> longs:
                    Numbers(raw, longs.Values.ToArray(), count, l => l);
                    break;
                case RawColumnData<int> ints:
                    Numbers(raw, ints.Values.ToArray(), count, i => i);
                    break;
                default:
                    throw rows.Unsupported(amount.Name, ValueType(raw), "double, float, decimal or whole numbers");
            }
        }

        private void Quantities(RawColumnData raw, int count)
        {
            DataField field = quantity!;
            switch (raw)
            {
                case RawColumnData<int> ints:
                {
                    int[] values = ints.Values.ToArray();
                    ForEach(raw, count, field, (r, v) => rows.Quantities[r] = rows.Count(r, values[v], field.Name));
                    break;
                }

                case RawColumnData<long> longs:
                {
                    long[] values = longs.Values.ToArray();
                    ForEach(raw, count, field, (r, v) => rows.Quantities[r] = rows.Count(r, values[v], field.Name));
                    break;
                }

                case RawColumnData<short> shorts:
                {
                    short[] values = shorts.Values.ToArray();
                    ForEach(raw, count, field, (r, v) => rows.Quantities[r] = rows.Count(r, values[v], field.Name));
                    break;
                }

                default:
                    throw rows.Unsupported(field.Name, ValueType(raw), "whole numbers");
            }
        }

        private void Numbers<T>(RawColumnData raw, T[] values, int count, Func<T, double> convert) =>
            ForEach(raw, count, amount, (r, v) => rows.Amounts[r] = convert(values[v]));

        private static string ValueType(RawColumnData raw) =>
            raw.GetType().IsGenericType ? raw.GetType().GetGenericArguments()[0].Name : raw.GetType().Name;
    }
}
