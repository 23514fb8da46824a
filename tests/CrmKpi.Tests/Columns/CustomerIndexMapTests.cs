using System;
using Xunit;

namespace CrmKpi.Tests;

public class CustomerIndexMapTests
{
    [Fact]
    public void Map_KeysInOrderOfFirstAppearance_DenseIndexes()
    {
        var map = new CustomerIndexMap<string>(StringComparer.Ordinal);
        int[] indexes = map.Map(["b", "a", "b", "c", "a"]);
        Assert.Equal([0, 1, 0, 2, 1], indexes);
        Assert.Equal(3, map.Count);
        Assert.Equal("c", map.KeyAt(2));
        Assert.True(map.TryGetIndex("a", out int a));
        Assert.Equal(1, a);
        Assert.False(map.TryGetIndex("z", out int z));
        Assert.Equal(-1, z);
    }

    [Fact]
    public void KeyAt_OutOfRange_Throws()
    {
        var map = new CustomerIndexMap<long>();
        map.GetOrAdd(42);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => map.KeyAt(1));
        Assert.Equal("index", e.ParamName);
    }

    [Fact]
    public void Map_ShortDestination_Throws()
    {
        var map = new CustomerIndexMap<Guid>();
        var e = Assert.Throws<ArgumentException>(() => map.Map([Guid.Empty, Guid.Empty], new int[1]));
        Assert.Equal("destination", e.ParamName);
    }
}
