using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
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
/// <see cref="TransactionParquetOptions.Lenient"/> its row is skipped and counted. Amounts must be finite.
/// </para>
/// <para>
/// Whole-number customer ids are mapped to the log's text keys by their invariant text, each distinct id
/// formatted once. Text ids cost Parquet.Net a string-sized allocation per value (it has no public access
/// to dictionary indexes), which makes text keys the slowest column to read: see docs/performance.md.
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
    public static TransactionLog Load(string path, TransactionParquetOptions? options = null) =>
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
    public static async ValueTask<ParquetReadResult> ReadAsync(string path, TransactionParquetOptions? options = null, CancellationToken cancellationToken = default)
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
    public static async ValueTask<ParquetReadResult> ReadAsync(Stream stream, string name, TransactionParquetOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);
        if (!stream.CanSeek)
        {
            throw new ArgumentException($"{name}: a Parquet file is read from a seekable stream (its metadata is at the end); copy standard input to a file first.", nameof(stream));
        }

        options ??= new TransactionParquetOptions();
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
            DataField customer = fields[Find(name, names, "customer", options.CustomerColumn, TransactionCsvOptions.CustomerAliases, optional: false)];
            DataField date = fields[Find(name, names, "date", options.DateColumn, TransactionCsvOptions.DateAliases, optional: false)];
            DataField amount = fields[Find(name, names, "amount", options.AmountColumn, TransactionCsvOptions.AmountAliases, optional: false)];
            int quantityAt = options.ReadQuantity ? Find(name, names, "quantity", options.QuantityColumn, TransactionCsvOptions.QuantityAliases, optional: options.QuantityColumn is null) : -1;
            DataField? quantity = quantityAt >= 0 ? fields[quantityAt] : null;

            var reader = new RowGroupReader(name, options, customer, date, amount, quantity);
            reader.Reserve(file.Metadata?.NumRows ?? 0);
            for (int g = 0; g < file.RowGroupCount; g++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                using var group = file.OpenRowGroupReader(g);
                await reader.ReadAsync(group, cancellationToken).ConfigureAwait(false);
            }

            TransactionLog log = reader.Builder.ToLog();
            long netted = 0;
            if (options.Refunds == RefundPolicy.NetPerCustomerDay)
            {
                (log, netted) = RefundNetting.Apply(log);
            }

            return new ParquetReadResult(log, reader.Rows, reader.Skipped, netted, file.RowGroupCount, customer.Name, date.Name, amount.Name, quantity?.Name);
        }
    }

    private static int Find(string file, string[] names, string role, string? requested, IReadOnlyList<string> aliases, bool optional)
    {
        IEnumerable<string> wanted = requested is null ? aliases : [requested];
        foreach (string candidate in wanted)
        {
            int[] found = [.. Enumerable.Range(0, names.Length).Where(i => string.Equals(names[i], candidate, StringComparison.OrdinalIgnoreCase))];
            if (found.Length > 1)
            {
                throw new ColumnarDataException(file, 0, candidate, $"the {role} column '{candidate}' is ambiguous: columns {found[0] + 1} and {found[1] + 1} are both named so; name one in the options");
            }

            if (found.Length == 1)
            {
                return found[0];
            }
        }

        string has = names.Length == 0 ? "no columns" : string.Join(", ", names.Select(n => $"'{n}'"));
        return optional ? -1
            : requested is not null ? throw new ColumnarDataException(file, 0, requested, $"no {role} column '{requested}'; the file has {has}")
            : throw new ColumnarDataException(file, 0, string.Empty, $"no {role} column: none of {string.Join(", ", aliases)} is among {has}; name it in the options");
    }

    /// <summary>Reads each row group's columns into reusable typed buffers, then appends its usable rows.</summary>
    private sealed class RowGroupReader(string file, TransactionParquetOptions options, DataField customer, DataField date, DataField amount, DataField? quantity)
    {
        private const long DirectIds = 1L << 26;
        private const int DayCacheSize = 4096;
        private readonly Dictionary<long, int> _numericIds = [];
        private readonly (int Day, LocalDate Date)[] _dayCache = new (int, LocalDate)[DayCacheSize];
        private int[] _idTable = new int[1024];
        private int[] _customers = [];
        private LocalDate[] _dates = [];
        private double[] _amounts = [];
        private int[] _quantities = [];
        private bool[] _null = [];
        private char[] _keyChars = new char[4096];
        private int _capacity;

        public TransactionLogBuilder Builder { get; } = new(withItemCounts: quantity is not null);

        public long Rows { get; private set; }

        public long Skipped { get; private set; }

        public async ValueTask ReadAsync(Parquet.ParquetRowGroupReader group, CancellationToken cancellationToken)
        {
            int rows = checked((int)group.RowCount);
            if (_customers.Length < rows)
            {
                _customers = new int[rows];
                _dates = new LocalDate[rows];
                _amounts = new double[rows];
                _quantities = new int[rows];
                _null = new bool[rows];
            }

            Array.Clear(_null, 0, rows);
            Reserve(rows);
            using (RawColumnData keys = await group.ReadRawColumnDataBaseAsync(customer, cancellationToken).ConfigureAwait(false))
            {
                Keys(keys, rows);
            }

            using (RawColumnData dates = await group.ReadRawColumnDataBaseAsync(date, cancellationToken).ConfigureAwait(false))
            {
                Dates(dates, rows);
            }

            using (RawColumnData amounts = await group.ReadRawColumnDataBaseAsync(amount, cancellationToken).ConfigureAwait(false))
            {
                Amounts(amounts, rows);
            }

            if (quantity is not null)
            {
                using RawColumnData quantities = await group.ReadRawColumnDataBaseAsync(quantity, cancellationToken).ConfigureAwait(false);
                Quantities(quantities, rows);
            }

            Append(rows);
            Rows += rows;
        }

        // Room for rows more: the file's row count up front, then (should a group hold more) at least doubling, so
        // the log's columns are never copied once per row group.
        public void Reserve(long rows)
        {
            long needed = Builder.Length + rows;
            if (needed > _capacity)
            {
                _capacity = (int)Math.Min(Array.MaxLength, Math.Max(needed, 2L * _capacity));
                Builder.EnsureCapacity(_capacity);
            }
        }

        private void Append(int rows)
        {
            for (int r = 0; r < rows; r++)
            {
                if (_null[r])
                {
                    Skipped++;
                    continue;
                }

                double a = _amounts[r];
                if (!double.IsFinite(a))
                {
                    throw Problem(r, amount, $"amount {a.ToString("R", CultureInfo.InvariantCulture)} is not finite");
                }

                if (a < 0 && options.Refunds == RefundPolicy.Reject)
                {
                    throw Problem(r, amount, $"negative amount {a.ToString("R", CultureInfo.InvariantCulture)} (refunds are rejected; keep or net them instead)");
                }

                Builder.AddRow(_customers[r], _dates[r], a, _quantities[r]);
            }
        }

        // Marks row r as null: an error when strict.
        private void Null(int r, DataField field)
        {
            if (!options.Lenient)
            {
                throw Problem(r, field, "the value is null (a lenient read skips such rows)");
            }

            _null[r] = true;
        }

        private ColumnarDataException Problem(int r, DataField field, string problem) => new(file, Rows + r + 1, field.Name, problem);

        // Walks a column's values with its definition levels: calls take(row, valueIndex) for each non-null row. Raw values
        // are dense: the non-null ones in row order (the buffer may be longer than their count).
        private void ForEach(RawColumnData raw, int rows, DataField field, Action<int, int> take)
        {
            if (!field.IsNullable)
            {
                for (int r = 0; r < rows; r++)
                {
                    take(r, r);
                }

                return;
            }

            ReadOnlySpan<int> levels = raw.DefinitionLevels;
            int v = 0;
            for (int r = 0; r < rows; r++)
            {
                if (levels[r] == 0)
                {
                    Null(r, field);
                }
                else
                {
                    take(r, v++);
                }
            }
        }

        private void Keys(RawColumnData raw, int rows)
        {
            switch (raw)
            {
                case RawColumnData<ReadOnlyMemory<char>> text:
                    TextKeys(raw, text.Values, rows);
                    break;

                case RawColumnData<long> longs:
                {
                    long[] values = longs.Values.ToArray();
                    ForEach(raw, rows, customer, (r, v) => _customers[r] = NumericId(values[v]));
                    break;
                }

                case RawColumnData<int> ints:
                {
                    int[] values = ints.Values.ToArray();
                    ForEach(raw, rows, customer, (r, v) => _customers[r] = NumericId(values[v]));
                    break;
                }

                default:
                    throw Unsupported(customer, raw, "text or whole numbers");
            }
        }

        // Text ids are mapped in batches, so the key map's cache misses overlap (as in the CSV reader).
        private void TextKeys(RawColumnData raw, ReadOnlySpan<ReadOnlyMemory<char>> values, int rows)
        {
            const int Batch = 256;
            Span<int> batchRows = stackalloc int[Batch];
            Span<int> ends = stackalloc int[Batch];
            Span<int> indexes = stackalloc int[Batch];
            ReadOnlySpan<int> levels = customer.IsNullable ? raw.DefinitionLevels : default;
            int count = 0;
            int length = 0;
            int v = 0;
            for (int r = 0; r < rows; r++)
            {
                if (!levels.IsEmpty && levels[r] == 0)
                {
                    Null(r, customer);
                    continue;
                }

                ReadOnlySpan<char> key = values[v++].Span;
                if (key.IsEmpty)
                {
                    throw Problem(r, customer, "empty customer id");
                }

                if (length + key.Length > _keyChars.Length)
                {
                    Array.Resize(ref _keyChars, Math.Max(_keyChars.Length * 2, length + key.Length));
                }

                key.CopyTo(_keyChars.AsSpan(length));
                length += key.Length;
                ends[count] = length;
                batchRows[count++] = r;
                if (count == Batch || r == rows - 1)
                {
                    MapBatch(batchRows[..count], ends[..count], indexes, length);
                    count = 0;
                    length = 0;
                }
            }

            if (count > 0)
            {
                MapBatch(batchRows[..count], ends[..count], indexes, length);
            }
        }

        private void MapBatch(ReadOnlySpan<int> batchRows, ReadOnlySpan<int> ends, Span<int> indexes, int length)
        {
            Builder.Customers.GetOrAdd(_keyChars.AsSpan(0, length), ends, indexes);
            for (int i = 0; i < batchRows.Length; i++)
            {
                _customers[batchRows[i]] = indexes[i];
            }
        }

        // Whole-number ids: ids in [0, 2^26) through a table indexed by the id (the common dense case), others through a
        // dictionary; either way each distinct id is formatted and added to the key map once.
        private int NumericId(long id)
        {
            if ((ulong)id < DirectIds)
            {
                if (id >= _idTable.Length)
                {
                    Array.Resize(ref _idTable, (int)Math.Min(DirectIds, Math.Max(id + 1, 2L * _idTable.Length)));
                }

                ref int slot = ref _idTable[id];
                if (slot == 0)
                {
                    slot = AddId(id) + 1;
                }

                return slot - 1;
            }

            if (!_numericIds.TryGetValue(id, out int index))
            {
                index = AddId(id);
                _numericIds.Add(id, index);
            }

            return index;
        }

        private int AddId(long id)
        {
            Span<char> text = stackalloc char[20];
            id.TryFormat(text, out int written, default, CultureInfo.InvariantCulture);
            return Builder.Customers.GetOrAdd(text[..written]);
        }

        // A date's LocalDate, computed once per distinct day (an export has a few thousand days and millions of rows).
        private LocalDate Date(DateOnly date)
        {
            ref (int Day, LocalDate Date) cached = ref _dayCache[date.DayNumber & (DayCacheSize - 1)];
            if (cached.Day != date.DayNumber + 1)
            {
                cached = (date.DayNumber + 1, LocalDate.FromDateOnly(date));
            }

            return cached.Date;
        }

        private void Dates(RawColumnData raw, int rows)
        {
            switch (raw)
            {
                case RawColumnData<DateOnly> dates:
                {
                    DateOnly[] values = dates.Values.ToArray();
                    ForEach(raw, rows, date, (r, v) => _dates[r] = Date(values[v]));
                    break;
                }

                case RawColumnData<DateTime> times:
                {
                    DateTime[] values = times.Values.ToArray();
                    bool utc = date is DateTimeDataField { IsAdjustedToUTC: true };
                    DateTimeZone? zone = options.TimeZone;
                    ForEach(raw, rows, date, (r, v) =>
                    {
                        DateTime t = values[v];
                        _dates[r] = utc && zone is not null
                            ? Instant.FromDateTimeUtc(DateTime.SpecifyKind(t, DateTimeKind.Utc)).InZone(zone).Date
                            : Date(DateOnly.FromDateTime(t));
                    });
                    break;
                }

                default:
                    throw Unsupported(date, raw, "DATE or TIMESTAMP");
            }
        }

        private void Amounts(RawColumnData raw, int rows)
        {
            switch (raw)
            {
                case RawColumnData<double> doubles:
                {
                    if (!amount.IsNullable)
                    {
                        doubles.Values[..rows].CopyTo(_amounts);
                        break;
                    }

                    double[] values = doubles.Values.ToArray();
                    ForEach(raw, rows, amount, (r, v) => _amounts[r] = values[v]);
                    break;
                }

                case RawColumnData<float> floats:
                    Numbers(raw, floats.Values.ToArray(), rows, amount, _amounts, f => f);
                    break;
                case RawColumnData<decimal> decimals:
                    Numbers(raw, decimals.Values.ToArray(), rows, amount, _amounts, d => (double)d);
                    break;
                case RawColumnData<long> longs:
                    Numbers(raw, longs.Values.ToArray(), rows, amount, _amounts, l => l);
                    break;
                case RawColumnData<int> ints:
                    Numbers(raw, ints.Values.ToArray(), rows, amount, _amounts, i => i);
                    break;
                default:
                    throw Unsupported(amount, raw, "double, float, decimal or whole numbers");
            }
        }

        private void Quantities(RawColumnData raw, int rows)
        {
            DataField field = quantity!;
            switch (raw)
            {
                case RawColumnData<int> ints:
                {
                    int[] values = ints.Values.ToArray();
                    ForEach(raw, rows, field, (r, v) => _quantities[r] = Count(r, values[v]));
                    break;
                }

                case RawColumnData<long> longs:
                {
                    long[] values = longs.Values.ToArray();
                    ForEach(raw, rows, field, (r, v) => _quantities[r] = values[v] is >= 0 and <= int.MaxValue ? (int)values[v] : Count(r, -1));
                    break;
                }

                case RawColumnData<short> shorts:
                {
                    short[] values = shorts.Values.ToArray();
                    ForEach(raw, rows, field, (r, v) => _quantities[r] = Count(r, values[v]));
                    break;
                }

                default:
                    throw Unsupported(field, raw, "whole numbers");
            }
        }

        private int Count(int r, int value) => value >= 0 ? value : throw Problem(r, quantity!, "the quantity is negative or too large for a count of items");

        private void Numbers<T>(RawColumnData raw, T[] values, int rows, DataField field, double[] destination, Func<T, double> convert) =>
            ForEach(raw, rows, field, (r, v) => destination[r] = convert(values[v]));

        private ColumnarDataException Unsupported(DataField field, RawColumnData raw, string taken)
        {
            Type type = raw.GetType().IsGenericType ? raw.GetType().GetGenericArguments()[0] : raw.GetType();
            return new ColumnarDataException(file, 0, field.Name, $"the column holds {type.Name} values; the reader takes {taken} here");
        }
    }
}
