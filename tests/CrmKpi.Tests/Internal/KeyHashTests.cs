using System;
using System.Collections.Generic;
using CrmKpi.Internal;
using Xunit;

namespace CrmKpi.Tests;

// KeyHash promises a map of customer ids that stays fast: distinct keys almost never share a 32-bit hash. A key's every
// character must reach the hash, whatever its length (the 1-, 2-, 4-to-8-, 9-to-16-character branches and the block loop of
// longer keys). The oracle is the birthday bound: 2,000 distinct keys under a good 32-bit hash share a value with
// probability about 2,000^2 / 2^33 = 5e-4, so more than two collisions in a set means some characters are ignored (at
// random keys the chance of three or more is below 1e-10 per set).
public class KeyHashTests
{
    private const int KeysPerSet = 2_000;

    public static TheoryData<int, string> Sets()
    {
        var data = new TheoryData<int, string>();
        foreach (int length in (int[])[1, 2, 3, 4, 5, 7, 8, 9, 12, 15, 16, 17, 20, 24, 31, 32, 33, 40, 48, 64])
        {
            foreach (string where in (string[])["first", "middle", "last"])
            {
                data.Add(length, where);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Of_KeysDifferingInOneCharacter_AlmostNeverCollide(int length, string where)
    {
        int at = where switch { "first" => 0, "middle" => length / 2, _ => length - 1 };
        char[] key = new string('k', length).ToCharArray();
        var hashes = new HashSet<int>();
        for (int i = 0; i < KeysPerSet; i++)
        {
            key[at] = (char)(0x4E00 + i);   // 2,000 distinct characters at one place, the rest fixed
            hashes.Add(KeyHash.Of(key));
        }

        Assert.True(hashes.Count >= KeysPerSet - 2, $"{KeysPerSet - hashes.Count} collisions among {KeysPerSet} keys of length {length} differing at index {at}");
    }

    [Fact]
    public void Of_SameCharacters_SameHash()
    {
        string key = "customer-000123-of-the-north-region";
        Assert.Equal(KeyHash.Of(key), KeyHash.Of(key.ToCharArray()));
        Assert.Equal(KeyHash.Of("AB"), KeyHash.Of("xAB".AsSpan(1)));
    }
}
