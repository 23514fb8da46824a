using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using CrmKpi.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

public class TransactionLogTests
{
    // A log that lives in a field: what a ref struct cannot do (CS8345).
    private readonly TransactionLog _small = BuildSmallLog();

    // SmallLog's rows under the keys "c0".."c3"; "c4" is added without a row, as SmallLog's customer 4.
    private static TransactionLog BuildSmallLog()
    {
        var builder = new TransactionLogBuilder(withItemCounts: true);
        for (int i = 0; i < SmallLog.Dates.Length; i++)
        {
            builder.Add("c" + SmallLog.Customers[i], SmallLog.Dates[i], SmallLog.Amounts[i], SmallLog.Items[i]);
        }

        builder.Customers.GetOrAdd("c4");
        return builder.ToLog();
    }

    [Fact]
    public void Builder_SmallLog_ColumnsEqualTheHandMadeColumns()
    {
        // SmallLog's customers appear first in the order 0, 1, 2, 3, so "cN" gets index N.
        Assert.Equal(SmallLog.Customers, _small.CustomerIndexes.ToArray());
        Assert.Equal(SmallLog.Dates, _small.Dates.ToArray());
        Assert.Equal(SmallLog.Amounts, _small.Amounts.ToArray());
        Assert.Equal(SmallLog.Items, _small.ItemCounts.ToArray());
        Assert.Equal(9, _small.Length);
        Assert.Equal(SmallLog.CustomerCount, _small.CustomerCount);
        Assert.True(_small.HasItemCounts);
        Assert.Equal("c3", _small.CustomerKey(3));
        Assert.Equal(["c0", "c1", "c2", "c3", "c4"], _small.Customers.ToArray());
    }

    // The one rule: a log is passed where columns are taken, and gives what its columns give.
    [Fact]
    public void ImplicitConversion_CalculatorOnLog_EqualsCalculatorOnColumns()
    {
        CustomerActivity[] fromLog = CustomerActivity.Compute(_small, SmallLog.February);
        CustomerActivity[] fromColumns = CustomerActivity.Compute(SmallLog.Columns, SmallLog.February);
        Assert.Equal(fromColumns, fromLog);

        // Worked out by hand from SmallLog: customer 2 ("c2") bought three times in February for 125.
        Assert.Equal(3, fromLog[2].WindowTransactions);
        Assert.Equal(125, fromLog[2].WindowSpend);
        Assert.Equal(
            CustomerValue.PurchaseFrequency(SmallLog.Columns, SmallLog.February),
            CustomerValue.PurchaseFrequency(_small, SmallLog.February));
        TransactionColumns named = _small.ToTransactionColumns();
        Assert.Equal(SmallLog.CustomerCount, named.CustomerCount);
        Assert.True(named.HasItemCounts);
    }

    // README and docs/data.md: alice 30 + 60, bob 40 in February; ARPU = 130 / 2 = 65.
    [Fact]
    public void DocsExample_ArpuOfLog_Is65()
    {
        var builder = new TransactionLogBuilder();
        builder.Add("alice", new LocalDate(2024, 2, 1), 30);
        builder.Add("bob", new LocalDate(2024, 2, 3), 40);
        builder.Add("alice", new LocalDate(2024, 2, 20), 60);
        TransactionLog orders = builder.ToLog();
        Assert.Equal(65, Acquisition.Arpu(orders, SmallLog.February));
        Assert.Equal("bob", orders.CustomerKey(1));
    }

    [Fact]
    public async Task Log_HeldAcrossAwait_StillUsable()
    {
        TransactionLog log = _small;
        await Task.Yield();
        Assert.Equal(9, CustomerActivity.Compute(log, SmallLog.February).Sum(a => a.Transactions));
    }

    [Fact]
    public void DateRange_SmallLog_FirstAndLastDate()
    {
        Assert.Equal(new DateInterval(new LocalDate(2023, 12, 30), new LocalDate(2024, 3, 1)), _small.DateRange());
        Assert.Null(new TransactionLogBuilder().ToLog().DateRange());
    }

    [Fact]
    public void ToLog_EmptiesTheBuilder_NextLogIsIndependent()
    {
        var builder = new TransactionLogBuilder();
        builder.Add("a", new LocalDate(2024, 1, 1), 1.5);
        TransactionLog first = builder.ToLog();
        Assert.Equal(0, builder.Length);
        Assert.Equal(0, builder.Customers.Count);
        builder.Add("b", new LocalDate(2024, 1, 2), 2.5);
        builder.Add("b", new LocalDate(2024, 1, 3), 3.5);
        TransactionLog second = builder.ToLog();
        Assert.Equal([1.5], first.Amounts.ToArray());
        Assert.Equal("a", first.CustomerKey(0));
        Assert.Equal([2.5, 3.5], second.Amounts.ToArray());
        Assert.Equal([0, 0], second.CustomerIndexes.ToArray());
        Assert.False(second.HasItemCounts);
        Assert.True(second.ItemCounts.IsEmpty);
    }

    [Fact]
    public void Add_BadValues_ThrowNamingTheParameter()
    {
        var builder = new TransactionLogBuilder();
        var nan = Assert.Throws<ArgumentOutOfRangeException>(() => builder.Add("a", new LocalDate(2024, 1, 1), double.NaN));
        Assert.Equal("amount", nan.ParamName);
        var julian = Assert.Throws<ArgumentException>(() => builder.Add("a", new LocalDate(2024, 1, 1, CalendarSystem.Julian), 1));
        Assert.Equal("date", julian.ParamName);
        Assert.Throws<InvalidOperationException>(() => builder.Add("a", new LocalDate(2024, 1, 1), 1, 3));
        var unknown = Assert.Throws<ArgumentOutOfRangeException>(() => builder.AddRow(0, new LocalDate(2024, 1, 1), 1));
        Assert.Equal("customerIndex", unknown.ParamName);
        Assert.Equal(0, builder.Length);
        Assert.Equal(0, builder.Customers.Count); // a rejected row adds no customer

        var withItems = new TransactionLogBuilder(withItemCounts: true);
        var negative = Assert.Throws<ArgumentOutOfRangeException>(() => withItems.Add("a", new LocalDate(2024, 1, 1), 1, -1));
        Assert.Equal("itemCount", negative.ParamName);
        Assert.Throws<InvalidOperationException>(() => withItems.Add("a", new LocalDate(2024, 1, 1), 1));
    }

    [Fact]
    public void Constructor_ShortArray_ThrowsNamingIt()
    {
        var e = Assert.Throws<ArgumentException>(() => new TransactionLog([0, 0], [default], [1, 2], null, 2, new CustomerKeys()));
        Assert.Equal("dates", e.ParamName);
        Assert.Throws<ArgumentNullException>(() => ((TransactionColumns)(TransactionLog)null!).Length);
    }

    // Many rows force the arrays to grow several times; every row must survive the copies.
    [Fact]
    public void Builder_ManyRows_GrowsWithoutLosingRows()
    {
        var builder = new TransactionLogBuilder(withItemCounts: true, capacity: 3);
        var start = new LocalDate(2020, 1, 1);
        for (int i = 0; i < 10_000; i++)
        {
            builder.Add("k" + (i % 777), start.PlusDays(i % 1000), i * 0.25, i % 7);
        }

        TransactionLog log = builder.ToLog();
        Assert.Equal(10_000, log.Length);
        Assert.Equal(777, log.CustomerCount);
        for (int i = 0; i < 10_000; i++)
        {
            Assert.Equal(i % 777, log.CustomerIndexes[i]);
            Assert.Equal(start.PlusDays(i % 1000), log.Dates[i]);
            Assert.Equal(i * 0.25, log.Amounts[i]);
            Assert.Equal(i % 7, log.ItemCounts[i]);
        }
    }

    // Oracle: a Dictionary<string, int> filled in order of first appearance.
    [Property]
    public Property CustomerKeys_RandomKeys_AgreeWithDictionary() =>
        Prop.ForAll(
            Gen.ListOf(Gen.Elements("", "a", "A", "ab", "b", "C0001234", "C0001235", "é", "日本", " a", "a ", "\0")
                    .Zip(Gen.Choose(0, 300), (s, n) => n < 100 ? s + n : s)).Select(l => l.ToArray()).ToArbitrary(),
            keys =>
            {
                var oracle = new Dictionary<string, int>(StringComparer.Ordinal);
                var map = new CustomerKeys();
                foreach (string key in keys)
                {
                    int expected = oracle.TryGetValue(key, out int known) ? known : oracle[key] = oracle.Count;
                    if (map.GetOrAdd(key.AsSpan()) != expected)
                    {
                        return false;
                    }
                }

                return map.Count == oracle.Count
                    && oracle.All(kv => map.KeyAt(kv.Value) == kv.Key && map.TryGetIndex(kv.Key, out int i) && i == kv.Value)
                    && !map.TryGetIndex("not a key of the pool", out int missing) && missing == -1;
            });

    // Oracle: a Dictionary<string, int> filled in order of first appearance. Keys of 0 to 40 characters reach every
    // branch of the hash (empty, one char, 2-3, 4-8, 9-16 and longer, where whole 16-byte blocks are folded); the
    // alphabet is small so keys repeat and differ in one character, and batches are longer than the 256-key chunk.
    [Property(MaxTest = 60)]
    public Property CustomerKeys_Batches_AgreeWithDictionary() =>
        Prop.ForAll(
            Gen.ListOf(Gen.Choose(0, 40).SelectMany(n => Gen.ArrayOf(Gen.Elements('a', 'b', '\0', 'é', '\uD800'), n)).Select(c => new string(c)))
                .Select(l => l.ToArray()).ToArbitrary(),
            Gen.Choose(1, 700).ToArbitrary(),
            (keys, batch) =>
            {
                string[] pool = [.. keys, .. Enumerable.Reverse(keys), .. keys.Select(k => k + "x")];
                var oracle = new Dictionary<string, int>(StringComparer.Ordinal);
                var map = new CustomerKeys();
                for (int first = 0; first < pool.Length; first += batch)
                {
                    string[] part = pool[first..Math.Min(pool.Length, first + batch)];
                    int[] ends = new int[part.Length];
                    for (int i = 0, end = 0; i < part.Length; i++)
                    {
                        ends[i] = end += part[i].Length;
                    }

                    int[] indexes = new int[part.Length];
                    map.GetOrAdd(string.Concat(part), ends, indexes);
                    for (int i = 0; i < part.Length; i++)
                    {
                        int expected = oracle.TryGetValue(part[i], out int known) ? known : oracle[part[i]] = oracle.Count;
                        if (indexes[i] != expected)
                        {
                            return false;
                        }
                    }
                }

                return map.Count == oracle.Count && oracle.All(kv => map.KeyAt(kv.Value) == kv.Key && map.TryGetIndex(kv.Key, out int i) && i == kv.Value);
            });

    // Among 500,000 keys of one length about 29 pairs share a 32-bit hash (n^2 / 2^33); the test checks that some do,
    // then that every key still gets its own index. Keys of 8 ASCII characters are told apart by the key packed in
    // their table slot; keys of 16 characters that share their first eight only by their stored characters.
    [Theory]
    [InlineData("C", 7)]
    [InlineData("CUSTOMER", 8)]
    public void CustomerKeys_KeysWithTheSameHash_KeepTheirOwnIndexes(string prefix, int digits)
    {
        const int Count = 500_000;
        string[] keys = Enumerable.Range(0, Count).Select(i => prefix + i.ToString("D" + digits, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var hashes = new HashSet<int>();
        Assert.Contains(keys, k => !hashes.Add(CrmKpi.Internal.KeyHash.Of(k)));
        var map = new CustomerKeys();
        int[] indexes = new int[Count];
        map.GetOrAdd(string.Concat(keys), Enumerable.Range(1, Count).Select(i => keys[0].Length * i).ToArray(), indexes);
        Assert.Equal(Enumerable.Range(0, Count), indexes);
        for (int i = 0; i < Count; i += 7)
        {
            Assert.True(map.TryGetIndex(keys[i], out int found));
            Assert.Equal(i, found);
            Assert.Equal(keys[i], map.KeyAt(i));
        }
    }

    // The 300th end is bad: the first 299 keys are not mapped either, so a caller that catches the error has the map it had.
    [Fact]
    public void CustomerKeys_BatchWithABadEnd_ThrowsAndMapsNothing()
    {
        var map = new CustomerKeys();
        map.GetOrAdd("before");
        string chars = string.Concat(Enumerable.Range(0, 400).Select(i => i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)));
        int[] ends = Enumerable.Range(1, 400).Select(i => 4 * i).ToArray();
        ends[299] = ends[298] - 1;
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => map.GetOrAdd(chars, ends, new int[400]));
        Assert.Equal("ends", e.ParamName);
        Assert.Contains("[299]", e.Message, StringComparison.Ordinal);
        Assert.Equal(1, map.Count);
        ends[299] = chars.Length + 1;
        Assert.Throws<ArgumentOutOfRangeException>(() => map.GetOrAdd(chars, ends, new int[400]));
        Assert.Equal(1, map.Count);
        Assert.Throws<ArgumentException>(() => map.GetOrAdd(chars, ends, new int[399]));
    }

    [Fact]
    public void CustomerKeys_KeyAtOutOfRange_ThrowsNamingIndex()
    {
        var map = new CustomerKeys();
        map.GetOrAdd("x");
        Assert.Equal("index", Assert.Throws<ArgumentOutOfRangeException>(() => map.KeyAt(1)).ParamName);
        Assert.Equal("index", Assert.Throws<ArgumentOutOfRangeException>(() => map.KeySpan(-1).ToString()).ParamName);
        Assert.Equal("capacity", Assert.Throws<ArgumentOutOfRangeException>(() => new CustomerKeys(-1)).ParamName);
    }
}
