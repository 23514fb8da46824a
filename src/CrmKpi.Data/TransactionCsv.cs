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
        TransactionCsvOptions o = options;
        var amounts = new AmountParser(o.Culture, o.AllowCurrencySymbol);
        DateParser dates = CsvValues.CreateDateParser(o.DateFormat, o.TimeZone);
        return CsvPass.Run(stream, name, o, pass => ReadRows(pass, o, amounts, dates, o.UsesTwoThreads(pass.StreamLength), 0, null));
    }

    /// <summary>
    /// Reads a file larger than memory: hands its rows to <paramref name="onChunk"/> in chunks of
    /// <paramref name="chunkRows"/> (the last may be shorter), in file order, keeping only the customer key map and
    /// one chunk in memory. Fold each chunk into mergeable per-customer state (<see cref="CustomerActivityAccumulator"/>,
    /// <see cref="CohortAccumulator"/>): the results equal those of the whole file read at once.
    /// </summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="chunkRows">Rows per chunk; at least 1.</param>
    /// <param name="onChunk">Receives each chunk, on the calling thread.</param>
    /// <param name="options">How to read it; null for the defaults. <see cref="RefundPolicy.NetPerCustomerDay"/> needs the whole file and is refused.</param>
    /// <returns>The customer key map of the whole file (indexes as in the chunks) and the account of rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="onChunk"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="chunkRows"/> is below 1.</exception>
    /// <exception cref="ArgumentException">The options net refunds per customer and day.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="CsvDataException">The file cannot be read as asked (strict), or its structure is broken beyond a row.</exception>
    public static CsvReadResult<CustomerKeys> ReadInChunks(string path, int chunkRows, TransactionChunkHandler onChunk, TransactionCsvOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        return ReadInChunks(stream, path, chunkRows, onChunk, options);
    }

    /// <summary>Reads a stream larger than memory in chunks; see <see cref="ReadInChunks(string, int, TransactionChunkHandler, TransactionCsvOptions?)"/>.</summary>
    /// <param name="stream">The bytes of the CSV file; not closed. A lenient read that meets an unclosed quote reads a seekable stream again from its start (chunks before it are then handed out again: start over in <paramref name="onChunk"/> when the first chunk comes twice).</param>
    /// <param name="name">The name to give in messages.</param>
    /// <param name="chunkRows">Rows per chunk; at least 1.</param>
    /// <param name="onChunk">Receives each chunk, on the calling thread.</param>
    /// <param name="options">How to read it; null for the defaults.</param>
    /// <returns>The customer key map of the whole file and the account of rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/>, <paramref name="name"/> or <paramref name="onChunk"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="chunkRows"/> is below 1.</exception>
    /// <exception cref="ArgumentException">The options net refunds per customer and day.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    /// <exception cref="CsvDataException">The data cannot be read as asked (strict), or its structure is broken beyond a row.</exception>
    public static CsvReadResult<CustomerKeys> ReadInChunks(Stream stream, string name, int chunkRows, TransactionChunkHandler onChunk, TransactionCsvOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(onChunk);
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkRows, 1);
        options ??= new TransactionCsvOptions();
        TransactionCsvOptions o = options;
        if (o.Refunds == RefundPolicy.NetPerCustomerDay)
        {
            throw new ArgumentException("Netting refunds per customer and day needs the whole file; read it at once, or keep or reject refunds when reading in chunks.", nameof(options));
        }

        var amounts = new AmountParser(o.Culture, o.AllowCurrencySymbol);
        DateParser dates = CsvValues.CreateDateParser(o.DateFormat, o.TimeZone);
        CsvReadResult<TransactionLog> read = CsvPass.Run(stream, name, o, pass => ReadRows(pass, o, amounts, dates, twoThreads: false, 0, (chunkRows, onChunk)));
        return new CsvReadResult<CustomerKeys>(read.Log.Customers, read.File, read.DataRows, read.SkippedRows, read.SkippedExamples, read.BlankLines, 0);
    }

    /// <summary>The read with the thread mode and batch size fixed: the tests compare the modes with tiny batches.</summary>
    internal static CsvReadResult<TransactionLog> Read(Stream stream, string name, TransactionCsvOptions options, bool twoThreads, int batchRows)
    {
        var amounts = new AmountParser(options.Culture, options.AllowCurrencySymbol);
        DateParser dates = CsvValues.CreateDateParser(options.DateFormat, options.TimeZone);
        return CsvPass.Run(stream, name, options, pass => ReadRows(pass, options, amounts, dates, twoThreads, batchRows, null));
    }

    private static CsvReadResult<TransactionLog> ReadRows(CsvPass pass, TransactionCsvOptions options, AmountParser amounts, DateParser dates, bool twoThreads, int batchRows, (int Rows, TransactionChunkHandler Handler)? chunks)
    {
        CsvHeader header = pass.Header;
        if (options.PresetName is not null)
        {
            header.RequireAll(options.PresetName, [("customer", options.CustomerColumn), ("date", options.DateColumn), ("amount", options.AmountColumn), ("quantity", options.ReadQuantity ? options.QuantityColumn : null)]);
        }

        int customerColumn = header.Find("customer", options.CustomerColumn, TransactionCsvOptions.CustomerAliases, optional: false);
        int dateColumn = header.Find("date", options.DateColumn, TransactionCsvOptions.DateAliases, optional: false);
        int amountColumn = header.Find("amount", options.AmountColumn, TransactionCsvOptions.AmountAliases, optional: false);
        int quantityColumn = options.ReadQuantity
            ? header.Find("quantity", options.QuantityColumn, TransactionCsvOptions.QuantityAliases, optional: options.QuantityColumn is null)
            : -1;
        var c = new Columns(customerColumn, dateColumn, amountColumn, quantityColumn, header);
        var builder = new TransactionLogBuilder(withItemCounts: quantityColumn >= 0, capacity: chunks is null ? 0 : Math.Min(chunks.Value.Rows + TransactionBatchWriter.TwoThreadBatchRows, 1 << 24));
        using var writer = new TransactionBatchWriter(builder, twoThreads, batchRows);
        bool sized = pass.StreamLength <= 0 || chunks is not null;
        while (pass.Next(out SepReader.Row row))
        {
            if (!sized && pass.BytesPerRowEstimate > 0)
            {
                // Rows from the file's length and the first rows' size (3% slack), so the columns grow once.
                sized = true;
                long rows = (long)(pass.StreamLength / Math.Max(4, pass.BytesPerRowEstimate) * 1.03) + 1024;
                writer.Current.CapacityRequest = (int)Math.Min(rows, Array.MaxLength);
            }

            int line = row.LineNumberFrom;
            ReadOnlySpan<char> key = row[c.Customer].Span.Trim(' ');
            if (key.IsEmpty)
            {
                pass.Problem(line, c.Customer + 1, $"empty customer id {CsvValues.InColumn(header.Names[c.Customer], "customer")}");
                continue;
            }

            ReadOnlySpan<char> dateText = row[c.Date].Span.Trim(' ');
            if (!dates.TryParse(dateText, out LocalDate date))
            {
                pass.Problem(line, c.Date + 1, CsvValues.NotADate(dateText, CsvValues.InColumn(header.Names[c.Date], "date"), dates));
                continue;
            }

            ReadOnlySpan<char> amountText = row[c.Amount].Span.Trim(' ');
            if (!amounts.TryParse(amountText, out double amount))
            {
                pass.Problem(line, c.Amount + 1, CsvValues.NotANumber(amountText, CsvValues.InColumn(header.Names[c.Amount], "amount"), options));
                continue;
            }

            if (amount < 0 && options.Refunds == RefundPolicy.Reject)
            {
                pass.Problem(line, c.Amount + 1, $"negative amount {CsvHeader.Cut(amountText)} {CsvValues.InColumn(header.Names[c.Amount], "amount")} (refunds are rejected; keep or net them instead)");
                continue;
            }

            int items = 0;
            if (c.Quantity >= 0)
            {
                ReadOnlySpan<char> quantityText = row[c.Quantity].Span.Trim(' ');
                if (!int.TryParse(quantityText, NumberStyles.None, CultureInfo.InvariantCulture, out items))
                {
                    pass.Problem(line, c.Quantity + 1, $"'{CsvHeader.Cut(quantityText)}' is not a whole number of items (0 or more) {CsvValues.InColumn(header.Names[c.Quantity], "quantity")}");
                    continue;
                }
            }

            if (writer.Current.Add(key, date, amount, items))
            {
                writer.Submit();
                if (chunks is { } chunking && builder.Length >= chunking.Rows)
                {
                    HandOut(builder, chunking, last: false);
                }
            }
        }

        writer.Complete();
        if (chunks is { } final)
        {
            HandOut(builder, final, last: true);
        }

        TransactionLog log = builder.ToLog();
        long netted = 0;
        if (options.Refunds == RefundPolicy.NetPerCustomerDay)
        {
            (log, netted) = RefundNetting.Apply(log);
        }

        return new CsvReadResult<TransactionLog>(log, pass.Name, pass.DataRows, pass.SkippedRows, pass.Examples(), pass.BlankLines, netted);
    }

    // Hands the builder's rows to the chunk handler in chunks of exactly the chunk size; the rows that do not fill one stay
    // in the builder for the next call, unless this is the last call (then they are the last, shorter chunk).
    private static void HandOut(TransactionLogBuilder builder, (int Rows, TransactionChunkHandler Handler) chunks, bool last)
    {
        TransactionColumns all = builder.Columns;
        int start = 0;
        while (all.Length - start >= chunks.Rows || (last && all.Length - start > 0))
        {
            int take = Math.Min(chunks.Rows, all.Length - start);
            chunks.Handler(all.HasItemCounts
                ? new TransactionColumns(all.CustomerIndexes.Slice(start, take), all.Dates.Slice(start, take), all.Amounts.Slice(start, take), all.ItemCounts.Slice(start, take), all.CustomerCount)
                : new TransactionColumns(all.CustomerIndexes.Slice(start, take), all.Dates.Slice(start, take), all.Amounts.Slice(start, take), all.CustomerCount));
            start += take;
        }

        int rest = all.Length - start;
        int[] indexes = all.CustomerIndexes.Slice(start).ToArray();
        LocalDate[] dates = all.Dates.Slice(start).ToArray();
        double[] amounts = all.Amounts.Slice(start).ToArray();
        int[] items = all.HasItemCounts ? all.ItemCounts.Slice(start).ToArray() : new int[rest];
        builder.ClearRows();
        for (int i = 0; i < rest; i++)
        {
            builder.AddRow(indexes[i], dates[i], amounts[i], items[i]);
        }
    }

    private readonly record struct Columns(int Customer, int Date, int Amount, int Quantity, CsvHeader Header);
}
