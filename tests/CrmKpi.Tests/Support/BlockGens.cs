using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CrmKpi.Tests.Support;

/// <summary>Generators for the customer-block partition tests: block shifts small enough to give many (and empty) blocks on small logs.</summary>
internal static class BlockGens
{
    /// <summary>A block shift of 0 to 4: blocks of 1 to 16 customers, so random logs of up to 40 customers span many blocks, some empty, the last partial.</summary>
    public static Gen<int> Shift => Gen.Choose(0, 4);

    /// <summary>A log of up to 200 rows over 1 to 40 customers, rows in random order, some customers without rows.</summary>
    public static Gen<RandomLog> Log => TransactionGens.Log(200, 40);

    /// <summary>A log whose customers fill only the first and last of many blocks (the blocks between are empty).</summary>
    public static Gen<RandomLog> SparseLog =>
        from log in TransactionGens.Log(120, 2)
        from gap in Gen.Choose(20, 60)
        select new RandomLog(log.Customers.Select(c => c == 0 ? 0 : gap).ToArray(), log.Dates, log.Amounts, log.Items, gap + 1);

    /// <summary>The values of RFM rows as bits, so -0.0 and 0.0 differ: the partitioned path must be bit-identical.</summary>
    public static (int, int, long)[] Bits(RfmValues[] values) =>
        values.Select(v => (v.RecencyDays, v.Frequency, BitConverter.DoubleToInt64Bits(v.Monetary))).ToArray();

    /// <summary>A date outside 2023-2024 in the ISO calendar: before the generated range.</summary>
    public static LocalDate Early => new(2022, 6, 1);
}
