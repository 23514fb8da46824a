using Xunit;

namespace CrmKpi.Tests;

// The partitioned cohort pass packs each row into one non-negative int: the customer's offset in its block (shift bits)
// and its period shifted above it, periods 0 to p + 1 (p = before the range, p + 1 = after it). Whether that fits is
// decided by an internal helper; a wrong answer only shows on inputs with hundreds of MB of masks (a block shift near 20
// with thousands of periods), so the helper is checked here directly against the packing itself:
// the largest payload, ((p + 1) << shift) | (2^shift - 1), must be at most int.MaxValue.
public class CohortPayloadFitTests
{
    [Fact]
    public void Fits_ExactlyWhenTheLargestPayloadIsANonNegativeInt()
    {
        for (int p = 1; p <= 4096; p++)
        {
            for (int shift = 0; shift <= 30; shift++)
            {
                long largest = ((long)(p + 1) << shift) | ((1L << shift) - 1);
                bool expected = largest <= int.MaxValue;
                if (Retention.BlockedCohorts.Fits(p, shift) != expected)
                {
                    Assert.Fail($"Fits({p}, {shift}) is {!expected}; the largest payload is {largest}");
                }
            }
        }
    }
}
