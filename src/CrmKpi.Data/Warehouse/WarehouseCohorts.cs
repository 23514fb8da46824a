using System;
using System.Data.Common;
using System.Globalization;
using CrmKpi.Data.Database;
using NodaTime;

namespace CrmKpi.Data.Warehouse;

/// <summary>
/// The last step of the warehouse route for cohorts: reads the rows of <see cref="WarehouseSql.CohortCounts"/>
/// (cohort period, period, customers) back through ADO.NET and finishes the <see cref="CohortTable"/>, equal to
/// <see cref="Retention.Cohorts(TransactionColumns, DateInterval, PeriodUnit)"/> on the same rows.
/// </summary>
public static class WarehouseCohorts
{
    /// <summary>Reads the aggregated rows into the cohort table.</summary>
    /// <param name="reader">The result of the SQL from <see cref="WarehouseSql.CohortCounts"/> for the same range and unit.</param>
    /// <param name="range">The range the SQL was generated for.</param>
    /// <param name="unit">The unit the SQL was generated for: month, quarter or year.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> or <paramref name="range"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is a week or not defined.</exception>
    /// <exception cref="DbDataException">The result lacks a column, holds a null, or a row's periods lie outside the range or
    /// before its cohort, or the counts are not a cohort table's (a cohort's later count above its size); the message names the row.</exception>
    public static CohortTable Read(DbDataReader reader, DateInterval range, PeriodUnit unit)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(range);
        int months = WarehouseSql.MonthsPerPeriod(unit);
        int cohortColumn = Column(reader, "cohort_period");
        int periodColumn = Column(reader, "period");
        int customersColumn = Column(reader, "customers");
        long first = PeriodNumber(range.Start, months);
        int p = checked((int)(PeriodNumber(range.End, months) - first + 1));
        var counts = new long[p, p];
        long row = 0;
        while (reader.Read())
        {
            row++;
            long cohort = Whole(reader, cohortColumn, row) - first;
            long period = Whole(reader, periodColumn, row) - first;
            long customers = Whole(reader, customersColumn, row);
            if (cohort < 0 || cohort >= p || period < cohort || period >= p)
            {
                throw new DbDataException(row, "period", string.Create(CultureInfo.InvariantCulture,
                    $"cohort {cohort + first} and period {period + first} do not lie in the range {range} with the period after the cohort; was the SQL generated for this range and unit?"));
            }

            counts[cohort, period - cohort] += customers;
        }

        try
        {
            return CohortTable.FromCounts(unit, range, counts);
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new DbDataException(0, "customers", "the counts are not a cohort table's: " + e.Message, e);
        }
    }

    private static long PeriodNumber(LocalDate date, int months) => (((date.Year * 12L) + date.Month - 1) / months);

    private static int Column(DbDataReader reader, string name)
    {
        for (int i = 0; i < reader.FieldCount; i++)
        {
            if (string.Equals(reader.GetName(i), name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        throw new DbDataException(0, name, $"the result has no column '{name}'; run the SQL of WarehouseSql.CohortCounts");
    }

    private static long Convert(object value, string column, long row)
    {
        try
        {
            return System.Convert.ToInt64(value, CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is InvalidCastException or FormatException or OverflowException)
        {
            throw new DbDataException(row, column, $"{value} ({value.GetType().Name}) is not a whole number", e);
        }
    }

    private static long Whole(DbDataReader reader, int column, long row)
    {
        if (reader.IsDBNull(column))
        {
            throw new DbDataException(row, reader.GetName(column), "null");
        }

        object value = reader.GetValue(column);
        return value switch
        {
            long l => l,
            int i => i,
            short s => s,
            decimal m when m == decimal.Truncate(m) => (long)m,
            double d when d == Math.Floor(d) && Math.Abs(d) < 1e15 => (long)d,
            _ => Convert(value, reader.GetName(column), row),
        };
    }
}
