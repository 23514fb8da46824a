using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Unicode;
using NodaTime;

namespace CrmKpi.Data.Columnar;

/// <summary>
/// What the columnar readers (Parquet, Arrow) share: one part's columns (a row group, a record batch) are converted
/// into reusable typed buffers by the reader, marking nulls, then <see cref="End"/> appends the part's usable rows to
/// the builder. Ids, days and errors are handled here once: text ids mapped in batches, whole-number ids through a
/// direct table, each distinct day converted once.
/// </summary>
internal sealed class ColumnarAssembler(string file, ColumnarTransactionOptions options, string amountColumn, bool withQuantity)
{
    private const long DirectIds = 1L << 26;
    private const int DayCacheSize = 4096;
    private const int KeyBatch = 256;
    private static readonly int UnixEpochDayNumber = new DateOnly(1970, 1, 1).DayNumber;
    private readonly Dictionary<long, int> _numericIds = [];
    private readonly (int Day, LocalDate Date)[] _dayCache = new (int, LocalDate)[DayCacheSize];
    private int _capacity;
    private readonly int[] _keyRows = new int[KeyBatch];
    private readonly int[] _keyEnds = new int[KeyBatch];
    private readonly int[] _keyIndexes = new int[KeyBatch];
    private int[] _idTable = new int[1024];
    private char[] _keyChars = new char[4096];
    private int _keyCount;
    private int _keyLength;
    private bool[] _null = [];

    public TransactionLogBuilder Builder { get; } = new(withItemCounts: withQuantity);

    public int[] Customers { get; private set; } = [];

    public LocalDate[] Dates { get; private set; } = [];

    public double[] Amounts { get; private set; } = [];

    public int[] Quantities { get; private set; } = [];

    public long Rows { get; private set; }

    public long Skipped { get; private set; }

    public int Parts { get; private set; }

    public ColumnarTransactionOptions Options => options;

    /// <summary>Starts a part of <paramref name="rows"/> rows: buffers sized, nulls cleared.</summary>
    public void Begin(int rows)
    {
        ReservePart(rows);
        Array.Clear(_null, 0, rows);
        Array.Clear(Quantities, 0, rows);
        Reserve(rows);
    }

    /// <summary>
    /// Part buffers for <paramref name="rows"/> rows. A reader that knows its largest part calls this first, so the
    /// buffers are never replaced later (a second thread may hold them while the next part is prepared).
    /// </summary>
    public void ReservePart(int rows)
    {
        if (Customers.Length < rows)
        {
            Customers = new int[rows];
            Dates = new LocalDate[rows];
            Amounts = new double[rows];
            Quantities = new int[rows];
            _null = new bool[rows];
        }
    }

    /// <summary>
    /// Room for <paramref name="rows"/> more rows in the log: a file's row count once up front when known, else (and
    /// should a part hold more) at least doubling, so the log's columns are not copied once per part.
    /// </summary>
    public void Reserve(long rows)
    {
        long needed = Builder.Length + rows;
        if (needed > _capacity)
        {
            _capacity = (int)Math.Min(Array.MaxLength, Math.Max(needed, 2L * _capacity));
            Builder.EnsureCapacity(_capacity);
        }
    }

    /// <summary>Row <paramref name="r"/> of the part holds a null in <paramref name="column"/>: an error when strict.</summary>
    public void Null(int r, string column)
    {
        if (!options.Lenient)
        {
            throw Problem(r, column, "the value is null (a lenient read skips such rows)");
        }

        _null[r] = true;
    }

    public ColumnarDataException Problem(int r, string column, string problem) => new(file, Rows + r + 1, column, problem);

    public ColumnarDataException Unsupported(string column, string holds, string taken) =>
        new(file, 0, column, $"the column holds {holds} values; the reader takes {taken} here");

    /// <summary>Queues a text id of row <paramref name="r"/>; ids are mapped in batches (call <see cref="FlushKeys"/> at the end of the column).</summary>
    public void TextKey(int r, ReadOnlySpan<char> key, string column)
    {
        if (key.IsEmpty)
        {
            throw Problem(r, column, "empty customer id");
        }

        if (_keyLength + key.Length > _keyChars.Length)
        {
            Array.Resize(ref _keyChars, Math.Max(_keyChars.Length * 2, _keyLength + key.Length));
        }

        key.CopyTo(_keyChars.AsSpan(_keyLength));
        _keyLength += key.Length;
        _keyEnds[_keyCount] = _keyLength;
        _keyRows[_keyCount++] = r;
        if (_keyCount == KeyBatch)
        {
            FlushKeys();
        }
    }

    /// <summary>The index of one text id given as UTF-8, mapped now (queued ids are mapped first, to keep the order of first appearance).</summary>
    public int Key(int r, ReadOnlySpan<byte> utf8, string column)
    {
        if (utf8.IsEmpty)
        {
            throw Problem(r, column, "empty customer id");
        }

        FlushKeys();
        if (_keyChars.Length < utf8.Length)
        {
            Array.Resize(ref _keyChars, Math.Max(_keyChars.Length * 2, utf8.Length));
        }

        Utf8.ToUtf16(utf8, _keyChars, out _, out int written);
        return Builder.Customers.GetOrAdd(_keyChars.AsSpan(0, written));
    }

    /// <summary>Whether row <paramref name="r"/> of the part was marked null (lenient reads).</summary>
    public bool IsNull(int r) => _null[r];

    /// <summary>Maps the queued text ids (their cache misses overlap, as in the CSV reader).</summary>
    public void FlushKeys()
    {
        if (_keyCount == 0)
        {
            return;
        }

        Builder.Customers.GetOrAdd(_keyChars.AsSpan(0, _keyLength), _keyEnds.AsSpan(0, _keyCount), _keyIndexes);
        for (int i = 0; i < _keyCount; i++)
        {
            Customers[_keyRows[i]] = _keyIndexes[i];
        }

        _keyCount = 0;
        _keyLength = 0;
    }

    /// <summary>The index of a whole-number id: ids in [0, 2^26) through a table, others through a dictionary; each formatted once.</summary>
    public int NumericId(long id)
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

    /// <summary>A date as a <see cref="LocalDate"/>, computed once per distinct day.</summary>
    public LocalDate Date(DateOnly date)
    {
        ref (int Day, LocalDate Date) cached = ref _dayCache[date.DayNumber & (DayCacheSize - 1)];
        if (cached.Day != date.DayNumber + 1)
        {
            cached = (date.DayNumber + 1, LocalDate.FromDateOnly(date));
        }

        return cached.Date;
    }

    /// <summary>A DATE value (days since 1970-01-01) as a <see cref="LocalDate"/>; a day outside the years 1-9999 is an error naming the row.</summary>
    public LocalDate EpochDay(int r, int days, string column)
    {
        long day = UnixEpochDayNumber + (long)days;
        return day >= DateOnly.MinValue.DayNumber && day <= DateOnly.MaxValue.DayNumber
            ? Date(DateOnly.FromDayNumber((int)day))
            : throw Problem(r, column, $"day {days} after 1970-01-01 is outside the years 1-9999");
    }

    /// <summary>The date of an instant: in the options' zone when the value is an instant (UTC) and a zone is set, else the date as written.</summary>
    public LocalDate Date(DateTime value, bool isInstant) =>
        isInstant && options.TimeZone is { } zone
            ? Instant.FromDateTimeUtc(DateTime.SpecifyKind(value, DateTimeKind.Utc)).InZone(zone).Date
            : Date(DateOnly.FromDateTime(value));

    /// <summary>A quantity: not negative and within an int.</summary>
    public int Count(int r, long value, string column) =>
        value is >= 0 and <= int.MaxValue ? (int)value : throw Problem(r, column, $"the quantity {value} is negative or too large for a count of items");

    /// <summary>Appends the part's usable rows and moves on.</summary>
    public void End(int rows)
    {
        FlushKeys();
        if (_null.AsSpan(0, rows).IndexOf(true) < 0 && FirstBadAmount(rows) < 0)
        {
            // The common part: every row is kept, so the columns go to the log in one step (it checks them again).
            Builder.AddRows(Customers.AsSpan(0, rows), Dates.AsSpan(0, rows), Amounts.AsSpan(0, rows), Builder.WithItemCounts ? Quantities.AsSpan(0, rows) : default);
            Rows += rows;
            Parts++;
            return;
        }

        for (int r = 0; r < rows; r++)
        {
            if (_null[r])
            {
                Skipped++;
                continue;
            }

            double a = Amounts[r];
            if (!double.IsFinite(a))
            {
                throw Problem(r, amountColumn, $"amount {a.ToString("R", CultureInfo.InvariantCulture)} is not finite");
            }

            if (a < 0 && options.Refunds == RefundPolicy.Reject)
            {
                throw Problem(r, amountColumn, $"negative amount {a.ToString("R", CultureInfo.InvariantCulture)} (refunds are rejected; keep or net them instead)");
            }

            Builder.AddRow(Customers[r], Dates[r], a, Quantities[r]);
        }

        Rows += rows;
        Parts++;
    }

    // The first row whose amount the loop below would reject (not finite, or a refund when refunds are rejected), or -1.
    private int FirstBadAmount(int rows)
    {
        bool rejectRefunds = options.Refunds == RefundPolicy.Reject;
        ReadOnlySpan<double> amounts = Amounts.AsSpan(0, rows);
        for (int r = 0; r < amounts.Length; r++)
        {
            double a = amounts[r];
            if (!double.IsFinite(a) || (rejectRefunds && a < 0))
            {
                return r;
            }
        }

        return -1;
    }

    /// <summary>The finished log, refunds netted when asked.</summary>
    public ColumnarReadResult Finish(string customerColumn, string dateColumn, string? quantityColumn)
    {
        TransactionLog log = Builder.ToLog();
        long netted = 0;
        if (options.Refunds == RefundPolicy.NetPerCustomerDay)
        {
            (log, netted) = Internal.RefundNetting.Apply(log);
        }

        return new ColumnarReadResult(log, Rows, Skipped, netted, Parts, customerColumn, dateColumn, amountColumn, quantityColumn);
    }

    /// <summary>The index of a role's column among the names: the named one, else the first alias present (without case).</summary>
    public static int Find(string file, string[] names, string role, string? requested, IReadOnlyList<string> aliases, bool optional)
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

    private int AddId(long id)
    {
        Span<char> text = stackalloc char[20];
        id.TryFormat(text, out int written, default, CultureInfo.InvariantCulture);
        return Builder.Customers.GetOrAdd(text[..written]);
    }
}
