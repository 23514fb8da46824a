using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace CrmKpi.Internal;

/// <summary>
/// The hash of <see cref="CustomerKeys"/>: a keyed multiply-fold hash over a key's UTF-16 bytes (the construction of
/// wyhash: 64 x 64 -> 128-bit products folded by XOR), with two 64-bit keys drawn from the operating system's random
/// generator once per process. A customer id of up to eight characters takes two multiplications and no loop, several
/// times cheaper than the runtime's string hash (Marvin); the random keys keep a file crafted to collide from making
/// the map quadratic, since nobody outside the process knows them.
/// </summary>
internal static class KeyHash
{
    private const ulong LengthMix = 0xa0761d6478bd642fUL;

    // Every multiplication has a random key on each side, so nobody can pick a key that zeroes a product.
    private static readonly ulong Seed = RandomKey();
    private static readonly ulong First = RandomKey();
    private static readonly ulong Finish = RandomKey();

    /// <summary>The 32-bit hash of a key's characters.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Of(ReadOnlySpan<char> key)
    {
        ref byte p = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(key));
        nuint bytes = (nuint)key.Length * 2;
        ulong a;
        ulong b;
        if (bytes > 16)
        {
            return Long(ref p, bytes);
        }

        // 2 to 16 bytes: two words that overlap when the key is short; the length is folded in below.
        if (bytes >= 8)
        {
            a = Unsafe.ReadUnaligned<ulong>(ref p);
            b = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref p, bytes - 8));
        }
        else if (bytes >= 4)
        {
            a = Unsafe.ReadUnaligned<uint>(ref p);
            b = Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref p, bytes - 4));
        }
        else
        {
            a = bytes == 2 ? Unsafe.ReadUnaligned<ushort>(ref p) : 0UL;
            b = 0;
        }

        return Fold(FoldWide(a ^ First, b ^ Seed) ^ Finish, bytes ^ LengthMix);
    }

    // More than 16 bytes: 16 at a time, then the last 16 (which may overlap the loop's last block).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Long(ref byte p, nuint bytes)
    {
        ulong state = Seed;
        for (nuint i = 0; i + 16 < bytes; i += 16)
        {
            state = FoldWide(Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref p, i)) ^ First, Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref p, i + 8)) ^ state);
        }

        ulong a = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref p, bytes - 16));
        ulong b = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref p, bytes - 8));
        return Fold(FoldWide(a ^ First, b ^ state) ^ Finish, bytes ^ LengthMix);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Fold(ulong x, ulong y)
    {
        ulong wide = FoldWide(x, y);
        return (int)wide ^ (int)(wide >> 32);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong FoldWide(ulong x, ulong y)
    {
        ulong high = Math.BigMul(x, y, out ulong low);
        return high ^ low;
    }

    private static ulong RandomKey()
    {
        Span<byte> bytes = stackalloc byte[8];
        RandomNumberGenerator.Fill(bytes);
        return MemoryMarshal.Read<ulong>(bytes);
    }
}
