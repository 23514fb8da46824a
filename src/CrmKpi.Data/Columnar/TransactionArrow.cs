using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using Apache.Arrow;
using Apache.Arrow.Ipc;
using Apache.Arrow.Types;
using NodaTime;

namespace CrmKpi.Data.Columnar;

/// <summary>
/// Reads a transaction log from Apache Arrow data (record batches, an IPC file or an IPC stream) with
/// Apache.Arrow: text ids (plain, large or dictionary-encoded: each dictionary entry mapped once per batch) or
/// whole-number ids; dates as date32, date64 or timestamps; amounts double, float, decimal128 or whole numbers.
/// <see cref="View"/> hands out a batch's columns without copying the indexes and amounts.
/// </summary>
/// <remarks>
/// Columns are found by name like the CSV reader's (compared without case) or named in the options; nulls and
/// errors are handled as by <see cref="TransactionParquet"/> (<see cref="ColumnarDataException"/> naming the row
/// over all batches and the column; <see cref="ColumnarTransactionOptions.Lenient"/> skips and counts).
/// A timestamp column with a time zone in its type holds instants: their dates are taken in the options'
/// <see cref="ColumnarTransactionOptions.TimeZone"/> (UTC when null); a timestamp without one is the date written.
/// </remarks>
public static class TransactionArrow
{
    /// <summary>Reads record batches (all of one schema) into a log.</summary>
    /// <param name="batches">The batches, in order.</param>
    /// <param name="options">How to read them; null for the defaults.</param>
    /// <param name="name">The name to give in messages.</param>
    /// <returns>The log and the account.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="batches"/> is null.</exception>
    /// <exception cref="ColumnarDataException">A column is missing or of a type not taken, or (strict) a value is null or not finite.</exception>
    public static ColumnarReadResult Read(IEnumerable<RecordBatch> batches, ColumnarTransactionOptions? options = null, string name = "Arrow data")
    {
        ArgumentNullException.ThrowIfNull(batches);
        options ??= new ColumnarTransactionOptions();
        Reader? reader = null;
        foreach (RecordBatch batch in batches)
        {
            reader ??= new Reader(name, options, batch.Schema);
            reader.Add(batch);
        }

        return reader is null
            ? throw new ColumnarDataException(name, 0, string.Empty, "no record batch: the data has no schema to find the columns in")
            : reader.Finish();
    }

    /// <summary>Reads an Arrow IPC file (the random-access format, <c>.arrow</c>/<c>.feather</c> v2) into a log.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">How to read it; null for the defaults.</param>
    /// <returns>The log and the account.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="IOException">The file cannot be read or is not an Arrow IPC file.</exception>
    /// <exception cref="ColumnarDataException">A column is missing or of a type not taken, or (strict) a value cannot be used.</exception>
    public static ColumnarReadResult ReadFile(string path, ColumnarTransactionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using FileStream stream = File.OpenRead(path);
        return ReadIpc(new ArrowFileReader(stream, leaveOpen: true), path, options);
    }

    /// <summary>Reads an Arrow IPC stream (the streaming format) into a log.</summary>
    /// <param name="stream">The stream; not closed.</param>
    /// <param name="name">The name to give in messages.</param>
    /// <param name="options">How to read it; null for the defaults.</param>
    /// <returns>The log and the account.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="name"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read or is not an Arrow IPC stream.</exception>
    /// <exception cref="ColumnarDataException">A column is missing or of a type not taken, or (strict) a value cannot be used.</exception>
    public static ColumnarReadResult ReadStream(Stream stream, string name, ColumnarTransactionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);
        return ReadIpc(new ArrowStreamReader(stream, leaveOpen: true), name, options);
    }

    /// <summary>
    /// A batch's columns for the calculators, without copying the customer indexes and amounts: the spans point into
    /// the batch's own buffers. The batch must hold dense customer indexes (int32, <c>0 .. customerCount - 1</c>, no nulls)
    /// and float64 amounts without nulls; dates (date32, no nulls) are converted into <paramref name="dates"/>, since
    /// an Arrow date32 (days since 1970) is not a NodaTime <see cref="LocalDate"/>.
    /// </summary>
    /// <param name="batch">The batch; keep it alive (not disposed) while the columns are used.</param>
    /// <param name="customerIndexColumn">The int32 column of customer indexes.</param>
    /// <param name="dateColumn">The date32 column.</param>
    /// <param name="amountColumn">The float64 column.</param>
    /// <param name="customerCount">The number of customers the indexes refer to.</param>
    /// <param name="dates">Receives the dates; at least the batch's length.</param>
    /// <returns>Columns over the batch's index and amount buffers and over <paramref name="dates"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A column is missing, of another type or has nulls, or <paramref name="dates"/> is too short.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="customerCount"/> is negative.</exception>
    public static TransactionColumns View(RecordBatch batch, string customerIndexColumn, string dateColumn, string amountColumn, int customerCount, Span<LocalDate> dates)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentOutOfRangeException.ThrowIfNegative(customerCount);
        Int32Array indexes = ViewColumn<Int32Array>(batch, customerIndexColumn, "int32", nameof(customerIndexColumn));
        Date32Array days = ViewColumn<Date32Array>(batch, dateColumn, "date32", nameof(dateColumn));
        DoubleArray amounts = ViewColumn<DoubleArray>(batch, amountColumn, "float64", nameof(amountColumn));
        if (dates.Length < batch.Length)
        {
            throw new ArgumentException($"The date buffer holds {dates.Length} dates; the batch has {batch.Length} rows.", nameof(dates));
        }

        ReadOnlySpan<int> daysSinceEpoch = days.Values;
        int epoch = new DateOnly(1970, 1, 1).DayNumber;
        for (int i = 0; i < daysSinceEpoch.Length; i++)
        {
            dates[i] = LocalDate.FromDateOnly(DateOnly.FromDayNumber(epoch + daysSinceEpoch[i]));
        }

        return new TransactionColumns(indexes.Values, dates[..batch.Length], amounts.Values, customerCount);
    }

    private static T ViewColumn<T>(RecordBatch batch, string column, string type, string paramName)
        where T : Apache.Arrow.Array
    {
        ArgumentNullException.ThrowIfNull(column, paramName);
        IArrowArray? array = batch.Column(column, StringComparer.OrdinalIgnoreCase);
        return array switch
        {
            null => throw new ArgumentException($"The batch has no column '{column}'.", paramName),
            T typed when typed.NullCount == 0 => typed,
            T => throw new ArgumentException($"The column '{column}' has nulls; a view needs none.", paramName),
            _ => throw new ArgumentException($"The column '{column}' is {array.Data.DataType.Name}; a view needs {type}.", paramName),
        };
    }

    private static ColumnarReadResult ReadIpc(ArrowStreamReader ipc, string name, ColumnarTransactionOptions? options)
    {
        using (ipc)
        {
            return Read(Batches(ipc, name), options, name);
        }
    }

    private static IEnumerable<RecordBatch> Batches(ArrowStreamReader ipc, string name)
    {
        while (true)
        {
            RecordBatch? batch;
            try
            {
                batch = ipc.ReadNextRecordBatch();
            }
            catch (Exception e) when (e is InvalidDataException or InvalidOperationException or ArgumentException or OverflowException or EndOfStreamException)
            {
                throw new IOException($"{name}: not Arrow IPC data ({e.Message})", e);
            }

            if (batch is null)
            {
                yield break;
            }

            using (batch)
            {
                yield return batch;
            }
        }
    }

    /// <summary>Converts each batch's columns into the assembler's buffers.</summary>
    private sealed class Reader
    {
        private readonly ColumnarAssembler _rows;
        private readonly string _customer;
        private readonly string _date;
        private readonly string _amount;
        private readonly string? _quantity;
        private const int Unmapped = -1;
        private readonly int[] _at;

        public Reader(string name, ColumnarTransactionOptions options, Schema schema)
        {
            string[] names = [.. schema.FieldsList.Select(f => f.Name)];
            int customer = ColumnarAssembler.Find(name, names, "customer", options.CustomerColumn, TransactionCsvOptions.CustomerAliases, optional: false);
            int date = ColumnarAssembler.Find(name, names, "date", options.DateColumn, TransactionCsvOptions.DateAliases, optional: false);
            int amount = ColumnarAssembler.Find(name, names, "amount", options.AmountColumn, TransactionCsvOptions.AmountAliases, optional: false);
            int quantity = options.ReadQuantity ? ColumnarAssembler.Find(name, names, "quantity", options.QuantityColumn, TransactionCsvOptions.QuantityAliases, optional: options.QuantityColumn is null) : -1;
            _at = [customer, date, amount, quantity];
            (_customer, _date, _amount, _quantity) = (names[customer], names[date], names[amount], quantity >= 0 ? names[quantity] : null);
            _rows = new ColumnarAssembler(name, options, _amount, quantity >= 0);
        }

        public void Add(RecordBatch batch)
        {
            int count = batch.Length;
            _rows.Begin(count);
            Keys(batch.Column(_at[0]), count);
            Dates(batch.Column(_at[1]), count);
            Amounts(batch.Column(_at[2]), count);
            if (_quantity is not null)
            {
                Quantities(batch.Column(_at[3]), count);
            }

            _rows.End(count);
        }

        public ColumnarReadResult Finish() => _rows.Finish(_customer, _date, _quantity);

        // Marks the nulls of a column; true when the column has any.
        private bool Nulls(IArrowArray array, int count, string column)
        {
            if (array.NullCount == 0)
            {
                return false;
            }

            for (int r = 0; r < count; r++)
            {
                if (array.IsNull(r))
                {
                    _rows.Null(r, column);
                }
            }

            return true;
        }

        private void Keys(IArrowArray array, int count)
        {
            bool nulls = Nulls(array, count, _customer);
            switch (array)
            {
                case StringArray text:
                    TextKeys(count, nulls, array, r => text.GetBytes(r));
                    break;
                case LargeStringArray text:
                    TextKeys(count, nulls, array, r => text.GetBytes(r));
                    break;
                case DictionaryArray dictionary when dictionary.Dictionary is StringArray or LargeStringArray:
                    DictionaryKeys(dictionary, count, nulls);
                    break;
                case Int64Array longs:
                    for (int r = 0; r < count; r++)
                    {
                        if (!nulls || !array.IsNull(r))
                        {
                            _rows.Customers[r] = _rows.NumericId(longs.Values[r]);
                        }
                    }

                    break;
                case Int32Array ints:
                    for (int r = 0; r < count; r++)
                    {
                        if (!nulls || !array.IsNull(r))
                        {
                            _rows.Customers[r] = _rows.NumericId(ints.Values[r]);
                        }
                    }

                    break;
                default:
                    throw _rows.Unsupported(_customer, array.Data.DataType.Name, "text (utf8, large_utf8, dictionary of text) or whole numbers");
            }
        }

        private delegate ReadOnlySpan<byte> BytesOf(int row);

        private void TextKeys(int count, bool nulls, IArrowArray array, BytesOf bytes)
        {
            char[] chars = new char[64];
            for (int r = 0; r < count; r++)
            {
                if (nulls && array.IsNull(r))
                {
                    continue;
                }

                ReadOnlySpan<byte> utf8 = bytes(r);
                if (chars.Length < utf8.Length)
                {
                    chars = new char[utf8.Length * 2];
                }

                int n = Encoding.UTF8.GetChars(utf8, chars);
                _rows.TextKey(r, chars.AsSpan(0, n), _customer);
            }

            _rows.FlushKeys();
        }

        // Each dictionary entry is mapped once, when a row first uses it (so customers keep their order of first
        // appearance, as from every other reader); the rows then translate their dictionary indexes.
        private void DictionaryKeys(DictionaryArray dictionary, int count, bool nulls)
        {
            IArrowArray entries = dictionary.Dictionary;
            var mapped = new int[entries.Length];
            System.Array.Fill(mapped, Unmapped);
            int r = 0;
            foreach (int index in dictionary.EnumeratePhysicalIndices())
            {
                if (!nulls || !dictionary.IsNull(r))
                {
                    if (mapped[index] == Unmapped)
                    {
                        ReadOnlySpan<byte> utf8 = entries is StringArray s ? s.GetBytes(index) : ((LargeStringArray)entries).GetBytes(index);
                        mapped[index] = utf8.IsEmpty ? throw _rows.Problem(r, _customer, "empty customer id") : _rows.Builder.Customers.GetOrAdd(Encoding.UTF8.GetString(utf8));
                    }

                    _rows.Customers[r] = mapped[index];
                }

                if (++r == count)
                {
                    break;
                }
            }
        }

        private void Dates(IArrowArray array, int count)
        {
            bool nulls = Nulls(array, count, _date);
            switch (array)
            {
                case Date32Array days:
                {
                    int epoch = new DateOnly(1970, 1, 1).DayNumber;
                    ReadOnlySpan<int> values = days.Values;
                    for (int r = 0; r < count; r++)
                    {
                        if (!nulls || !array.IsNull(r))
                        {
                            _rows.Dates[r] = _rows.Date(DateOnly.FromDayNumber(epoch + values[r]));
                        }
                    }

                    break;
                }

                case Date64Array millis:
                    for (int r = 0; r < count; r++)
                    {
                        if (!nulls || !array.IsNull(r))
                        {
                            _rows.Dates[r] = _rows.Date(DateOnly.FromDateTime(millis.GetDateTime(r)!.Value));
                        }
                    }

                    break;
                case TimestampArray times:
                {
                    bool instant = ((TimestampType)times.Data.DataType).IsTimeZoneAware;
                    for (int r = 0; r < count; r++)
                    {
                        if (!nulls || !array.IsNull(r))
                        {
                            _rows.Dates[r] = _rows.Date(times.GetTimestampUnchecked(r).UtcDateTime, instant);
                        }
                    }

                    break;
                }

                default:
                    throw _rows.Unsupported(_date, array.Data.DataType.Name, "date32, date64 or timestamp");
            }
        }

        private void Amounts(IArrowArray array, int count)
        {
            bool nulls = Nulls(array, count, _amount);
            switch (array)
            {
                case DoubleArray doubles:
                    doubles.Values[..count].CopyTo(_rows.Amounts);
                    break;
                case FloatArray floats:
                    Convert(floats.Values, count, f => f);
                    break;
                case Int64Array longs:
                    Convert(longs.Values, count, l => l);
                    break;
                case Int32Array ints:
                    Convert(ints.Values, count, i => i);
                    break;
                case Decimal128Array decimals:
                    for (int r = 0; r < count; r++)
                    {
                        if (!nulls || !array.IsNull(r))
                        {
                            _rows.Amounts[r] = (double)decimals.GetValue(r)!.Value;
                        }
                    }

                    break;
                default:
                    throw _rows.Unsupported(_amount, array.Data.DataType.Name, "float64, float32, decimal128 or whole numbers");
            }
        }

        private void Convert<T>(ReadOnlySpan<T> values, int count, Func<T, double> convert)
        {
            for (int r = 0; r < count; r++)
            {
                _rows.Amounts[r] = convert(values[r]);
            }
        }

        private void Quantities(IArrowArray array, int count)
        {
            string column = _quantity!;
            bool nulls = Nulls(array, count, column);
            for (int r = 0; r < count; r++)
            {
                if (nulls && array.IsNull(r))
                {
                    continue;
                }

                _rows.Quantities[r] = array switch
                {
                    Int32Array ints => _rows.Count(r, ints.Values[r], column),
                    Int64Array longs => _rows.Count(r, longs.Values[r], column),
                    Int16Array shorts => _rows.Count(r, shorts.Values[r], column),
                    _ => throw _rows.Unsupported(column, array.Data.DataType.Name, "whole numbers"),
                };
            }
        }
    }
}
