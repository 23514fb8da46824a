using System;
using NodaTime;

namespace CrmKpi.Charts;

/// <summary>
/// The purchase log of a report, held in arrays (a heap carrier, so it can be kept while the report is built):
/// dense customer indexes, dates and amounts, with the summary of the input it came from.
/// </summary>
public sealed class ReportOrders
{
    /// <summary>Holds a purchase log for a report.</summary>
    /// <param name="customerIndexes">Each row's customer, 0 to <paramref name="customerCount"/> - 1.</param>
    /// <param name="dates">Each row's date.</param>
    /// <param name="amounts">Each row's amount.</param>
    /// <param name="customerCount">The number of customers.</param>
    /// <param name="input">Where the rows came from.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The columns differ in length or are empty.</exception>
    public ReportOrders(int[] customerIndexes, LocalDate[] dates, double[] amounts, int customerCount, InputSummary input)
    {
        ArgumentNullException.ThrowIfNull(customerIndexes);
        ArgumentNullException.ThrowIfNull(dates);
        ArgumentNullException.ThrowIfNull(amounts);
        ArgumentNullException.ThrowIfNull(input);
        Internal.Check.SameLength(customerIndexes.Length, dates.Length, nameof(dates));
        Internal.Check.SameLength(customerIndexes.Length, amounts.Length, nameof(amounts));
        if (customerIndexes.Length == 0)
        {
            throw new ArgumentException("the purchase log is empty; a report needs at least one row.", nameof(customerIndexes));
        }

        CustomerIndexes = customerIndexes;
        Dates = dates;
        Amounts = amounts;
        CustomerCount = customerCount;
        Input = input;
        LocalDate first = dates[0], last = dates[0];
        foreach (LocalDate d in dates)
        {
            first = d < first ? d : first;
            last = d > last ? d : last;
        }

        Range = new DateInterval(first, last);
    }

    /// <summary>Holds a purchase log read by a reader (CrmKpi.Data's <c>TransactionCsv</c>, or a <see cref="TransactionLogBuilder"/>) for a report.</summary>
    /// <param name="log">The log; its columns are copied.</param>
    /// <param name="input">Where the rows came from.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The log is empty.</exception>
    public ReportOrders(TransactionLog log, InputSummary input)
        : this(
            (log ?? throw new ArgumentNullException(nameof(log))).CustomerIndexes.ToArray(),
            log.Dates.ToArray(),
            log.Amounts.ToArray(),
            log.CustomerCount,
            input)
    {
    }

    /// <summary>Each row's customer index.</summary>
    public int[] CustomerIndexes { get; }

    /// <summary>Each row's date.</summary>
    public LocalDate[] Dates { get; }

    /// <summary>Each row's amount.</summary>
    public double[] Amounts { get; }

    /// <summary>The number of customers.</summary>
    public int CustomerCount { get; }

    /// <summary>Where the rows came from.</summary>
    public InputSummary Input { get; }

    /// <summary>The first to the last date of the log.</summary>
    public DateInterval Range { get; }

    /// <summary>The columns, for the calculators.</summary>
    public TransactionColumns Columns => new(CustomerIndexes, Dates, Amounts, CustomerCount);
}
