using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using CrmKpi.Data.Internal;
using NodaTime;
using NodaTime.Text;
using nietras.SeparatedValues;

namespace CrmKpi.Data;

/// <summary>
/// Reads a transaction export (one row per purchase: customer id, date, amount, optionally quantity)
/// from CSV straight into a <see cref="TransactionLog"/>, without a string per cell: customer ids are
/// hashed from the cell's characters into the log's key map, ISO dates and plain amounts are parsed
/// by fast paths, anything else by the culture and NodaTime patterns of the options.
/// </summary>
/// <remarks>
/// <para>
/// The file has a header row. Quoted fields may hold separators, quotes (doubled) and line breaks;
/// lines may end in LF, CRLF or CR. Cells are trimmed of spaces. Every data row must have as many
/// fields as the header. Completely empty lines are not rows (they are counted in
/// <see cref="CsvReadResult{TLog}.BlankLines"/>).
/// </para>
/// <para>
/// Errors name the file, the line and the column (<see cref="CsvDataException"/>). A strict read (the
/// default) stops at the first; a lenient one skips and counts unusable rows and keeps the first few
/// errors as examples.
/// </para>
/// </remarks>
public static class TransactionCsv
{
    private const int ProgressRows = 1 << 16;

    /// <summary>Reads a file into a log: the one-call form. Strict unless the options say lenient.</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="options">How to read it; null for the defaults.</param>
    /// <returns>The log.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="CsvDataException">The file cannot be read as asked; the message names the file, line and column.</exception>
    public static TransactionLog Load(string path, TransactionCsvOptions? options = null) => Read(path, options).Log;

    /// <summary>Reads a file into a log, with the account of skipped, blank and netted rows.</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="options">How to read it; null for the defaults.</param>
    /// <returns>The log and the account.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="CsvDataException">The file cannot be read as asked (strict), or its structure is broken beyond a row (both modes).</exception>
    public static CsvReadResult<TransactionLog> Read(string path, TransactionCsvOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        return Read(stream, path, options);
    }

    /// <summary>
    /// Reads a stream into a log. A seekable stream is read from its current position; a lenient read
    /// that meets a quote that is never closed reads it again from there.
    /// </summary>
    /// <param name="stream">The bytes of the CSV file; not closed.</param>
    /// <param name="name">The name to give in messages (a path, or <c>-</c> for standard input).</param>
    /// <param name="options">How to read it; null for the defaults.</param>
    /// <returns>The log and the account.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="name"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    /// <exception cref="CsvDataException">The data cannot be read as asked (strict), or its structure is broken beyond a row (both modes).</exception>
    public static CsvReadResult<TransactionLog> Read(Stream stream, string name, TransactionCsvOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);
        options ??= new TransactionCsvOptions();
        Encoding encoding = options.Encoding is null ? CsvEncodings.Utf8
            : options.Encoding.DecoderFallback is DecoderExceptionFallback ? options.Encoding
            : CsvEncodings.Strict(options.Encoding);
        long start = stream.CanSeek ? stream.Position : 0;
        var repairs = new List<(long Line, int Column)>();
        var repairedProblems = new List<CsvDataException>();
        while (true)
        {
            try
            {
                using var reading = new Reading(stream, name, options, encoding, [.. repairs], repairedProblems);
                return reading.Run();
            }
            catch (UnclosedQuoteException e) when (options.Lenient && stream.CanSeek && repairs.Count < 1000)
            {
                // Read again from the start with this quote read as a space and its row skipped.
                repairs.Add((e.Line, e.Column));
                repairedProblems.Add(e.ToDataException());
                stream.Position = start;
            }
            catch (UnclosedQuoteException e)
            {
                throw e.ToDataException();
            }
        }
    }

    /// <summary>One pass over the file.</summary>
    private sealed class Reading : IDisposable
    {
        private readonly string _name;
        private readonly TransactionCsvOptions _options;
        private readonly CsvTextSource _source;
        private readonly (long Line, int Column)[] _repairs;
        private readonly List<CsvDataException> _repairedProblems;
        private readonly List<CsvDataException> _examples = [];
        private readonly AmountParser _amounts;
        private readonly DateParser _dates;
        private long _skipped;
        private long _blank;
        private long _dataRows;

        public Reading(Stream stream, string name, TransactionCsvOptions options, Encoding encoding, (long Line, int Column)[] repairs, List<CsvDataException> repairedProblems)
        {
            _name = name;
            _options = options;
            _repairs = repairs;
            _repairedProblems = repairedProblems;
            _source = new CsvTextSource(stream, encoding, name, options.MaxRecordLength, repairs);
            _amounts = new AmountParser(options.Culture, options.AllowCurrencySymbol);
            try
            {
                _dates = new DateParser(options.DateFormat, options.TimeZone);
            }
            catch (InvalidPatternException e)
            {
                throw new CsvDataException($"The date format '{CsvHeader.Cut(options.DateFormat)}' is not a NodaTime pattern: {e.Message}", e);
            }
        }

        public void Dispose() => _source.Dispose();

        public CsvReadResult<TransactionLog> Run()
        {
            var sepOptions = new SepReaderOptions(new Sep(_options.Separator))
            {
                HasHeader = false,
                DisableColCountCheck = true,
                Unescape = true,
                CultureInfo = CultureInfo.InvariantCulture,
            };
            using SepReader reader = sepOptions.From(_source);
            if (!reader.MoveNext())
            {
                throw new CsvDataException(_name, 1, 0, "the file is empty; a header row is expected");
            }

            CsvHeader header = ReadHeader(reader.Current);
            int customerColumn = header.Find("customer id", _options.CustomerColumn, TransactionCsvOptions.CustomerAliases, optional: false);
            int dateColumn = header.Find("date", _options.DateColumn, TransactionCsvOptions.DateAliases, optional: false);
            int amountColumn = header.Find("amount", _options.AmountColumn, TransactionCsvOptions.AmountAliases, optional: false);
            int quantityColumn = _options.ReadQuantity
                ? header.Find("quantity", _options.QuantityColumn, TransactionCsvOptions.QuantityAliases, optional: _options.QuantityColumn is null)
                : -1;
            int fields = header.Names.Length;
            var columns = new Columns(customerColumn, dateColumn, amountColumn, quantityColumn, header);

            var builder = new TransactionLogBuilder(withItemCounts: quantityColumn >= 0);
            long sampleChars = 0;
            bool sized = _source.StreamLength <= 0;
            while (reader.MoveNext())
            {
                SepReader.Row row = reader.Current;
                int line = row.LineNumberFrom;
                if (row.ColCount == 1 && row.Span.IsEmpty)
                {
                    _blank++;
                    continue;
                }

                _dataRows++;
                if (!sized)
                {
                    sampleChars += row.Span.Length + 1;
                    if (_dataRows == 4096)
                    {
                        sized = true;
                        EnsureCapacity(builder, sampleChars);
                    }
                }

                if (_repairs.Length > 0 && IsRepairedRow(row))
                {
                    continue;
                }

                if (row.ColCount != fields)
                {
                    Problem(line, 0, string.Create(CultureInfo.InvariantCulture,
                        $"the row has {row.ColCount} fields; the header has {fields} (a separator inside a value must be quoted)"));
                    continue;
                }

                AddRow(row, line, columns, builder);
                if (_options.Progress is not null && _dataRows % ProgressRows == 0 && _source.StreamLength > 0)
                {
                    _options.Progress.Report(Math.Min(1, (double)_source.BytesRead / _source.StreamLength));
                }
            }

            _options.Progress?.Report(1);
            TransactionLog log = builder.ToLog();
            long netted = 0;
            if (_options.Refunds == RefundPolicy.NetPerCustomerDay)
            {
                (log, netted) = RefundNetting.Apply(log);
            }

            List<CsvDataException> examples = [.. _repairedProblems, .. _examples];
            examples.Sort((a, b) => a.Line.CompareTo(b.Line));
            if (examples.Count > _options.MaxExamples)
            {
                examples.RemoveRange(_options.MaxExamples, examples.Count - _options.MaxExamples);
            }

            return new CsvReadResult<TransactionLog>(log, _name, _dataRows, _skipped + _repairedProblems.Count, examples, _blank, netted);
        }

        private void EnsureCapacity(TransactionLogBuilder builder, long sampleChars)
        {
            // Bytes per row from the first rows (chars and bytes agree for ASCII-heavy exports); 3% slack.
            double perRow = Math.Max(4, (double)sampleChars / 4096);
            long rows = (long)(_source.StreamLength / perRow * 1.03) + 1024;
            builder.EnsureCapacity((int)Math.Min(rows, Array.MaxLength));
        }

        private bool IsRepairedRow(SepReader.Row row)
        {
            foreach ((long line, _) in _repairs)
            {
                if (line >= row.LineNumberFrom && line < row.LineNumberToExcl)
                {
                    return true;
                }
            }

            return false;
        }

        private CsvHeader ReadHeader(SepReader.Row row)
        {
            var names = new string[row.ColCount];
            for (int i = 0; i < names.Length; i++)
            {
                names[i] = row[i].Span.Trim(' ').ToString();
            }

            return new CsvHeader(_name, names);
        }

        private void AddRow(SepReader.Row row, int line, in Columns c, TransactionLogBuilder builder)
        {
            ReadOnlySpan<char> key = row[c.Customer].Span.Trim(' ');
            if (key.IsEmpty)
            {
                Problem(line, c.Customer + 1, $"empty customer id in column '{c.Header.Names[c.Customer]}'");
                return;
            }

            ReadOnlySpan<char> dateText = row[c.Date].Span.Trim(' ');
            if (!_dates.TryParse(dateText, out LocalDate date))
            {
                Problem(line, c.Date + 1, $"'{CsvHeader.Cut(dateText)}' in column '{c.Header.Names[c.Date]}' is not a date "
                    + (_dates.Pattern is null ? "(yyyy-MM-dd, or an ISO timestamp; --date-format names another pattern)" : $"in the format {_dates.Pattern}"));
                return;
            }

            ReadOnlySpan<char> amountText = row[c.Amount].Span.Trim(' ');
            if (!_amounts.TryParse(amountText, out double amount))
            {
                Problem(line, c.Amount + 1, $"'{CsvHeader.Cut(amountText)}' in column '{c.Header.Names[c.Amount]}' is not an amount in the culture "
                    + $"'{(_options.Culture.Name.Length == 0 ? "invariant" : _options.Culture.Name)}'"
                    + (_options.AllowCurrencySymbol ? "" : " (currency symbols are read only when allowed)"));
                return;
            }

            if (amount < 0 && _options.Refunds == RefundPolicy.Reject)
            {
                Problem(line, c.Amount + 1, $"negative amount {CsvHeader.Cut(amountText)} (refunds are rejected; choose keep or net)");
                return;
            }

            int items = 0;
            if (c.Quantity >= 0)
            {
                ReadOnlySpan<char> quantityText = row[c.Quantity].Span.Trim(' ');
                if (!int.TryParse(quantityText, NumberStyles.None, CultureInfo.InvariantCulture, out items))
                {
                    Problem(line, c.Quantity + 1, $"'{CsvHeader.Cut(quantityText)}' in column '{c.Header.Names[c.Quantity]}' is not a whole number of items (0 or more)");
                    return;
                }
            }

            builder.AddRow(builder.Customers.GetOrAdd(key), date, amount, items);
        }

        private void Problem(long line, int column, string problem)
        {
            var error = new CsvDataException(_name, line, column, problem);
            if (!_options.Lenient)
            {
                throw error;
            }

            _skipped++;
            if (_examples.Count < _options.MaxExamples)
            {
                _examples.Add(error);
            }
        }
    }

    private readonly record struct Columns(int Customer, int Date, int Amount, int Quantity, CsvHeader Header);
}
