using System;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>
/// Issue 14 (mutation testing): <see cref="CustomerKeys"/> stores a short ASCII key packed into one word next to its
/// 32-bit hash, and takes a slot whose hash and packed word both match as the key, without comparing characters.
/// That is right only if packing is injective on the keys it packs and every other key is compared by its
/// characters. Each case below is a family of 500,000 distinct keys that a wrong packing (a lost shift, an AND or
/// a right shift in the fold, a non-ASCII character or a key longer than eight let through) would all map to ONE
/// word. Among 500,000 keys some two share their 32-bit hash with probability 1 - exp(-n^2 / 2^33), above
/// 1 - 1e-12 (the birthday bound; the hash is keyed per process), and such a pair would then be taken for one key.
/// The right map gives every key its own index, whatever the hashes.
/// </summary>
public partial class LogsTests
{
    private const int PackedClassKeys = 500_000;

    [Theory]
    [InlineData("seven ASCII characters, the first fixed")]
    [InlineData("eight characters, all with low byte 'A'")]
    [InlineData("sixteen ASCII characters, the first eight DEL")]
    [InlineData("seven characters, each with low byte 0xFF")]
    public void CustomerKeys_KeysAWrongPackingWouldMerge_EachGetsItsOwnIndex(string family)
    {
        Span<char> key = stackalloc char[16];
        var map = new CustomerKeys();
        for (int k = 0; k < PackedClassKeys; k++)
        {
            int length = family switch
            {
                // 'K' then six base-127 digits of k in U+0001..U+007F: packed right, distinct words.
                "seven ASCII characters, the first fixed" => Digits(key, k, 'K', 1, 7, 127, 1, 0),
                // (h << 8) | 'A' with h in 1..0xD7 (no surrogates): not ASCII, so never packed; narrowed to a byte
                // each would be "AAAAAAAA".
                "eight characters, all with low byte 'A'" => Digits(key, k, '\0', 0, 8, 0xD7, 1, 0x41),
                // Sixteen characters are never packed; folded into eight bytes (a shift of 64 is a shift of 0) the
                // DEL (0x7F) bytes would absorb the last eight.
                "sixteen ASCII characters, the first eight DEL" => Digits(Fill(key, '\x7F', 8), k, '\x7F', 8, 16, 127, 1, 0),
                // (h << 8) | 0xFF: never packed; shifted by 8i into one word, every high byte would fall under the
                // next character's 0xFF; the last character is fixed.
                "seven characters, each with low byte 0xFF" => Digits(key, k, '\u01FF', 0, 6, 0xD7, 1, 0xFF) + 1,
                _ => throw new ArgumentOutOfRangeException(nameof(family), family, "unknown case"),
            };
            if (family == "seven characters, each with low byte 0xFF")
            {
                key[6] = '\u01FF';
            }

            int index = map.GetOrAdd(key[..length]);
            Assert.True(index == k, $"key {k} ({family}) got index {index}: taken for an earlier key");
        }

        Assert.Equal(PackedClassKeys, map.Count);
    }

    private static Span<char> Fill(Span<char> key, char c, int count)
    {
        key[..count].Fill(c);
        return key;
    }

    // Writes positions from..to-1 of key as the base-`radix` digits of k, each character ((digit + offset) << 8) | low
    // when low is not 0, else digit + offset; position 0 gets `first` when from is 1. Returns `to`.
    private static int Digits(Span<char> key, int k, char first, int from, int to, int radix, int offset, int low)
    {
        if (from == 1)
        {
            key[0] = first;
        }

        for (int i = from; i < to; i++)
        {
            int digit = (k % radix) + offset;
            k /= radix;
            key[i] = low == 0 ? (char)digit : (char)((digit << 8) | low);
        }

        return to;
    }
}
