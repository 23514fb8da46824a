using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace CrmKpi.Tests;

public partial class DataQualityTests
{
    // Masks and nullable columns of the same records agree; overall = mean of per-field = count form; all in [0, 1];
    // complete records never exceed the least complete field.
    [Property]
    public Property Completeness_RandomRecords_FormsAgreeAndBounded() =>
        Prop.ForAll(
            Gen.Choose(1, 200).ToArbitrary(),
            Gen.Choose(1, 4).ToArbitrary(),
            Gen.Choose(0, int.MaxValue).ToArbitrary(),
            (records, fields, seed) =>
            {
                var random = new System.Random(seed);
                bool[][] filled = Enumerable.Range(0, fields).Select(_ => Enumerable.Range(0, records).Select(_ => random.Next(4) != 0).ToArray()).ToArray();
                int words = (records + 63) / 64;
                ulong[] masks = new ulong[fields * words];
                for (int f = 0; f < fields; f++)
                {
                    for (int r = 0; r < records; r++)
                    {
                        masks[(f * words) + (r / 64)] |= filled[f][r] ? 1UL << (r % 64) : 0;
                    }
                }

                double[] perField = new double[fields];
                double overall = DataQuality.Completeness(masks, records, perField);
                long count = filled.Sum(f => f.LongCount(x => x));
                bool agree = Enumerable.Range(0, fields).All(f =>
                    perField[f] == DataQuality.FieldCompleteness(filled[f].Select(x => x ? (int?)1 : null).ToArray())
                    && perField[f] == DataQuality.FieldCompleteness(masks.AsSpan(f * words, words), records));
                double complete = DataQuality.CompleteRecords(masks, records, fields);
                return agree && overall == DataQuality.Completeness(count, (long)fields * records)
                    && overall is >= 0 and <= 1 && complete >= 0 && complete <= perField.Min();
            });
}
