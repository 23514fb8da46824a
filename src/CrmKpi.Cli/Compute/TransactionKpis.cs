using System;
using System.Collections.Generic;
using System.Linq;
using CrmKpi.Cli.Data;
using CrmKpi.Cli.Registry;
using NodaTime;

namespace CrmKpi.Cli.Compute;

/// <summary><c>crmkpi compute transactions</c>: the KPIs of a purchase log in a window.</summary>
internal static class TransactionKpis
{
    /// <summary>The columns of a transaction export, with the headers common CRM exports use.</summary>
    public static ColumnOption[] Columns() =>
    [
        new("customer", InputKind.TextColumn, false, "customer_id", "customer", "customerid", "client_id", "contact_id", "account_id"),
        new("date", InputKind.DateColumn, false, "order_date", "date", "transaction_date", "invoice_date", "purchase_date", "created_at"),
        new("amount", InputKind.NumberColumn, false, "amount", "total", "order_total", "revenue", "sales", "dollar_value", "value"),
        new("items", InputKind.CountColumn, true, "quantity", "items", "qty", "item_count", "number_of_cds"),
    ];

    /// <summary>The customer column of generic CSV columns as dense indexes, with the customer map (<c>crmkpi report</c>).</summary>
    public static (int[] Customers, CustomerIndexMap<string> Map) Customers(CsvColumns csv)
    {
        var map = new CustomerIndexMap<string>(StringComparer.Ordinal);
        return (map.Map(csv.Texts("customer")), map);
    }

    /// <summary>The KPI table.</summary>
    public static ResultTable Compute(TransactionLog log, DateInterval window)
    {
        CustomerActivity[] activity = CustomerActivity.Compute(log, window);
        long active = activity.LongCount(a => a.IsActiveInWindow);
        long windowTransactions = activity.Sum(a => (long)a.WindowTransactions);
        double windowRevenue = activity.Sum(a => a.WindowSpend);
        DateInterval previous = Periods.Previous(window);
        CustomerActivity[] previousActivity = CustomerActivity.Compute(log, previous);

        var rows = new List<object[]>
        {
            Row("", "rows", (long)log.Length, ""),
            Row("", "customers in the file", (long)log.CustomerCount, ""),
            Row("", "window", $"{window.Start:yyyy-MM-dd} .. {window.End:yyyy-MM-dd}", ""),
            Row("", "active customers in window", active, "CustomerActivity.Compute"),
            Row("", "transactions in window", windowTransactions, "CustomerActivity.Compute"),
            Row("", "revenue in window", windowRevenue, "CustomerActivity.Compute"),
            Row("", "previous window (compared with)", $"{previous.Start:yyyy-MM-dd} .. {previous.End:yyyy-MM-dd}", "Periods.Previous"),
            Row("", "active customers in previous window", previousActivity.LongCount(a => a.IsActiveInWindow), "CustomerActivity.Compute"),
            Row("", "revenue in previous window", previousActivity.Sum(a => a.WindowSpend), "CustomerActivity.Compute"),
            Row("A9", "new customers", (double)Acquisition.NewCustomers(log, window), "Acquisition.NewCustomers"),
            Row("A4", "average revenue per customer (ARPU)", Acquisition.Arpu(log, window), "Acquisition.Arpu"),
            Row("A5", "average order value", CustomerValue.AverageOrderValue(windowRevenue, windowTransactions), "CustomerValue.AverageOrderValue"),
            Row("A7", "purchase frequency", CustomerValue.PurchaseFrequency(log, window), "CustomerValue.PurchaseFrequency"),
        };
        rows.AddRange(RetentionRows(log, window));
        if (log.HasItemCounts)
        {
            int[] inWindow = ItemsInWindow(log, window);
            rows.Add(Row("A6", "items per transaction", CustomerValue.ItemsPerTransaction(inWindow), "CustomerValue.ItemsPerTransaction"));
        }

        return new ResultTable("transactions", ["id", "metric", "value", "member"], rows);
    }

    /// <summary>
    /// The retention rows: the window's counts (customers at start are those who bought in the previous
    /// window of the same length, <see cref="CustomersAtStartBasis.PreviousWindow"/>), churn over customers
    /// at start, CRR, repurchase rate, and year-over-year retention against the same dates a year earlier
    /// (not defined for a window longer than a year).
    /// </summary>
    private static IEnumerable<object[]> RetentionRows(TransactionColumns log, DateInterval window)
    {
        RetentionCounts counts = Retention.Classify(log, window, CustomersAtStartBasis.PreviousWindow);
        DateInterval previous = Periods.Previous(window);
        DateInterval lastYear = Periods.SameLastYear(window);
        return
        [
            Row("R1", $"customers at start of window (bought in {previous.Start:yyyy-MM-dd} .. {previous.End:yyyy-MM-dd})", counts.AtStart, "Retention.Classify"),
            Row("R1", "customers lost in window", counts.Lost, "Retention.Classify"),
            Row("R1", "churn rate (lost / customers at start)", Retention.ChurnRate(counts, ChurnDenominator.CustomersAtStart), "Retention.ChurnRate"),
            Row("R2", "customer retention rate, CRR", Retention.Crr(counts), "Retention.Crr"),
            Row("R5", "repurchase rate", Retention.RepurchaseRate(counts), "Retention.RepurchaseRate"),
            lastYear.End < window.Start
                ? Row("R4", $"year-over-year retention (vs {lastYear.Start:yyyy-MM-dd} .. {lastYear.End:yyyy-MM-dd})", Retention.YearOverYearRetention(log, window, lastYear), "Retention.YearOverYearRetention")
                : Row("R4", "year-over-year retention", "n/a: the window is longer than a year", "Retention.YearOverYearRetention"),
        ];
    }

    // The item counts of the rows inside the window: counted first, so the array is allocated once at its size.
    private static int[] ItemsInWindow(TransactionLog log, DateInterval window)
    {
        ReadOnlySpan<LocalDate> dates = log.Dates;
        int count = 0;
        foreach (LocalDate date in dates)
        {
            count += window.Contains(date) ? 1 : 0;
        }

        var items = new int[count];
        ReadOnlySpan<int> all = log.ItemCounts;
        int n = 0;
        for (int i = 0; i < dates.Length; i++)
        {
            if (window.Contains(dates[i]))
            {
                items[n++] = all[i];
            }
        }

        return items;
    }

    private static object[] Row(string id, string metric, object value, string member) => [id, metric, value, member];
}
