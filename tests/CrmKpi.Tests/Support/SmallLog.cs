using NodaTime;

namespace CrmKpi.Tests.Support;

/// <summary>
/// A hand-made log of nine purchases by four customers, small enough to check every derived number
/// by hand (the expected values in the tests are worked out in comments from this table):
/// <code>
/// row customer date        amount items
///  0  0        2024-01-05   10.00  1
///  1  1        2024-01-20   20.00  2
///  2  0        2024-02-03   30.00  3
///  3  2        2024-02-14   40.00  1
///  4  1        2023-12-30    5.00  1     (before February)
///  5  2        2024-02-29   60.00  4     (leap day)
///  6  0        2024-03-01   70.00  2     (after February)
///  7  3        2024-02-10   15.00  1
///  8  2        2024-02-01   25.00  5
/// </code>
/// Customer 4 exists (CustomerCount is 5) but never bought.
/// </summary>
internal static class SmallLog
{
    public static readonly int[] Customers = [0, 1, 0, 2, 1, 2, 0, 3, 2];

    public static readonly LocalDate[] Dates =
    [
        new(2024, 1, 5), new(2024, 1, 20), new(2024, 2, 3), new(2024, 2, 14), new(2023, 12, 30),
        new(2024, 2, 29), new(2024, 3, 1), new(2024, 2, 10), new(2024, 2, 1),
    ];

    public static readonly double[] Amounts = [10, 20, 30, 40, 5, 60, 70, 15, 25];

    public static readonly int[] Items = [1, 2, 3, 1, 1, 4, 2, 1, 5];

    public const int CustomerCount = 5;

    /// <summary>February 2024, inclusive at both ends (a leap month).</summary>
    public static DateInterval February => new(new LocalDate(2024, 2, 1), new LocalDate(2024, 2, 29));

    public static TransactionColumns Columns => new(Customers, Dates, Amounts, Items, CustomerCount);
}
