using System;
using System.Linq;
using CrmKpi.Internal;
using CrmKpi.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace CrmKpi.Tests;

public class AccurateSumTests
{
    // Every length 0..300 (covers empty, below one block, block multiples and remainders), sliced
    // out of a larger array whose outer elements are a FINITE poison, so a read past either end moves the sum.
    // (A NaN poison would not show: a non-finite running sum sends Sum to its overflow fallback, which
    // re-sums the slice alone and answers correctly.)
    [Fact]
    public void Sum_EveryLengthTo300_MatchesDecimalSumAndReadsNothingOutside()
    {
        var random = new Random(42);
        for (int length = 0; length <= 300; length++)
        {
            double[] buffer = new double[length + 128];
            buffer.AsSpan().Fill(1e9);
            for (int i = 0; i < length; i++)
            {
                buffer[64 + i] = Math.Round((random.NextDouble() * 2000) - 500, 2);
            }

            ReadOnlySpan<double> values = buffer.AsSpan(64, length);
            decimal exact = 0;
            foreach (double v in values)
            {
                exact += (decimal)v;
            }

            Approx.Equal((double)exact, AccurateSum.Sum(values), Tolerances.AccurateSumRelative);
        }
    }

    // Ten million cent amounts: the compensated sum stays within 1e-12 of the exact decimal sum.
    [Fact]
    public void Sum_TenMillionAmounts_WithinOneTrillionthOfDecimalSum()
    {
        var random = new Random(7);
        double[] values = new double[10_000_000];
        decimal exact = 0;
        for (int i = 0; i < values.Length; i++)
        {
            long cents = random.NextInt64(0, 10_000_000);
            values[i] = cents / 100.0;
            exact += (decimal)values[i];
        }

        Approx.Equal((double)exact, AccurateSum.Sum(values), Tolerances.AccurateSumRelative);
    }

    // A sum a naive loop gets badly wrong: one large value and many tiny ones that it drops.
    [Fact]
    public void Sum_LargeAndTinyValues_KeepsTheTinyOnes()
    {
        double[] values = new double[1001];
        values[0] = 1e16;
        values.AsSpan(1).Fill(1.0);
        double naive = values.Aggregate(0.0, (a, b) => a + b);

        Assert.NotEqual(1e16 + 1000, naive);
        Assert.Equal(1e16 + 1000, AccurateSum.Sum(values));
    }

    // The result does not depend on where the data starts in memory (no alignment peeling).
    [Fact]
    public void Sum_SameValuesAtDifferentOffsets_SameResult()
    {
        var random = new Random(3);
        double[] data = Enumerable.Range(0, 1000).Select(_ => (random.NextDouble() - 0.5) * 1e6).ToArray();
        double expected = AccurateSum.Sum(data);
        for (int offset = 1; offset < 8; offset++)
        {
            double[] shifted = new double[data.Length + offset];
            data.CopyTo(shifted, offset);
            Assert.Equal(expected, AccurateSum.Sum(shifted.AsSpan(offset)));
        }
    }

    [Property]
    public Property Sum_AnyPermutation_SameValueWithinTolerance() =>
        Prop.ForAll(
            Gen.ArrayOf(Gens.Money).ToArbitrary(),
            values =>
            {
                double forward = AccurateSum.Sum(values);
                double[] reversed = values.Reverse().ToArray();
                return Approx.Close(forward, AccurateSum.Sum(reversed), Tolerances.AccurateSumRelative);
            });

    // The integer sum: every length 0..300 out of a poisoned buffer, against a plain loop, with the OR fold.
    [Fact]
    public void SumOfInts_EveryLengthTo300_ExactAndOrFoldsNegatives()
    {
        var random = new Random(11);
        for (int length = 0; length <= 300; length++)
        {
            int[] buffer = new int[length + 16];
            buffer.AsSpan().Fill(int.MinValue);
            for (int i = 0; i < length; i++)
            {
                buffer[8 + i] = random.Next(0, int.MaxValue);
            }

            if (length > 0 && length % 7 == 0)
            {
                buffer[8 + random.Next(length)] = -5;
            }

            ReadOnlySpan<int> values = buffer.AsSpan(8, length);
            long expected = 0;
            bool anyNegative = false;
            foreach (int v in values)
            {
                expected += v;
                anyNegative |= v < 0;
            }

            Assert.Equal(expected, AccurateSum.Sum(values, out int or));
            Assert.Equal(anyNegative, or < 0);
        }
    }
}
