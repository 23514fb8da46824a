using System;
using System.Globalization;
using System.IO;
using NodaTime;

namespace CrmKpi.Samples;

/// <summary>
/// The CDNOW master purchase log (samples/data/cdnow/CDNOW_master.txt) in columns: one row per
/// purchase, customers as dense indexes in order of first appearance.
/// </summary>
public sealed class CdnowLog
{
    private CdnowLog(string[] customerIds, int[] customerIndexes, LocalDate[] dates, double[] amounts, int[] itemCounts)
    {
        CustomerIds = customerIds;
        CustomerIndexes = customerIndexes;
        Dates = dates;
        Amounts = amounts;
        ItemCounts = itemCounts;
    }

    /// <summary>The CDNOW customer id of each dense index.</summary>
    public string[] CustomerIds { get; }

    public int[] CustomerIndexes { get; }

    public LocalDate[] Dates { get; }

    public double[] Amounts { get; }

    public int[] ItemCounts { get; }

    public int CustomerCount => CustomerIds.Length;

    /// <summary>The log as the library's column group.</summary>
    public TransactionColumns Columns => new(CustomerIndexes, Dates, Amounts, ItemCounts, CustomerCount);

    /// <summary>
    /// Reads a whitespace-separated log with a header line and the columns
    /// <c>customer_id date(YYYYMMDD) number_of_cds dollar_value</c>.
    /// </summary>
    /// <exception cref="DataFileException">The file is missing or a line is malformed; the message names the file and line.</exception>
    public static CdnowLog Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new DataFileException($"{path}: file not found.");
        }

        var map = new CustomerIndexMap<string>(StringComparer.Ordinal);
        var customers = new System.Collections.Generic.List<int>();
        var dates = new System.Collections.Generic.List<LocalDate>();
        var amounts = new System.Collections.Generic.List<double>();
        var items = new System.Collections.Generic.List<int>();
        int lineNumber = 0;
        foreach (string line in File.ReadLines(path))
        {
            lineNumber++;
            if (lineNumber == 1 || line.Length == 0)
            {
                continue;   // header
            }

            string[] fields = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length != 4)
            {
                throw DataFileException.At(path, lineNumber, $"expected 4 fields (customer_id date number_of_cds dollar_value), found {fields.Length}.");
            }

            if (!DateOnly.TryParseExact(fields[1], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
            {
                throw DataFileException.At(path, lineNumber, $"column 2: '{fields[1]}' is not a date in the form YYYYMMDD.");
            }

            if (!int.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out int cds))
            {
                throw DataFileException.At(path, lineNumber, $"column 3: '{fields[2]}' is not a whole number of CDs.");
            }

            if (!double.TryParse(fields[3], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double dollars))
            {
                throw DataFileException.At(path, lineNumber, $"column 4: '{fields[3]}' is not a dollar amount.");
            }

            customers.Add(map.GetOrAdd(fields[0]));
            dates.Add(LocalDate.FromDateOnly(date));
            items.Add(cds);
            amounts.Add(dollars);
        }

        if (customers.Count == 0)
        {
            throw new DataFileException($"{path}: no purchase rows.");
        }

        string[] ids = new string[map.Count];
        for (int i = 0; i < ids.Length; i++)
        {
            ids[i] = map.KeyAt(i);
        }

        return new CdnowLog(ids, [.. customers], [.. dates], [.. amounts], [.. items]);
    }
}
