using System;
using System.Linq;
using CrmKpi.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>Q2 customer information accuracy: golden values, a per-cell oracle over boolean tables, validation.</summary>
public partial class DataQualityTests
{
    // The catalog gives no numbers for Q2; hand calculation: 4,370 valid of 4,600 filled = 0.95.
    [Fact]
    public void Accuracy_Counts_HandExample() => Assert.Equal(0.95, CrmKpi.DataQuality.Accuracy(4_370, 4_600));

    [Fact]
    public void Accuracy_NothingFilled_IsNaN() => Assert.True(double.IsNaN(CrmKpi.DataQuality.Accuracy(0, 0)));

    // Hand calculation: three filled values, two contain '@'; the null is not checked.
    [Fact]
    public void FieldAccuracy_Text_ChecksFilledValuesOnly()
    {
        string?[] emails = ["a@example.com", "not-an-email", null, "b@example.com"];
        Assert.Equal(2.0 / 3.0, CrmKpi.DataQuality.FieldAccuracy(emails, MissingText.Null, v => v.Contains('@', StringComparison.Ordinal)));
    }

    // "" and " " are filled under Null (and fail the rule), missing under NullOrWhiteSpace: 1 / 3 against 1 / 1.
    [Theory]
    [InlineData(MissingText.Null, 1.0 / 3.0)]
    [InlineData(MissingText.NullOrEmpty, 0.5)]
    [InlineData(MissingText.NullOrWhiteSpace, 1.0)]
    public void FieldAccuracy_Text_MissingRuleDecidesWhatIsChecked(MissingText missing, double expected)
    {
        string?[] values = ["x@y", "", " ", null];
        Assert.Equal(expected, CrmKpi.DataQuality.FieldAccuracy(values, missing, v => v.Contains('@', StringComparison.Ordinal)));
    }

    // Hand calculation: ages 34, null, 212, 51 with 0 <= age <= 120: 2 of 3.
    [Fact]
    public void FieldAccuracy_Values_RangeRule()
    {
        int?[] ages = [34, null, 212, 51];
        Assert.Equal(2.0 / 3.0, CrmKpi.DataQuality.FieldAccuracy<int>(ages, a => a is >= 0 and <= 120));
    }

    // Hand calculation: email filled 1111 valid 1011, phone filled 0101 valid 0101 (bit r = record r).
    // Per field 3 / 4 and 2 / 2, overall 5 / 6; per record 1, 1, 1 / 2, 1; records fully accurate 3 / 4.
    [Fact]
    public void Accuracy_Masks_HandExample()
    {
        ulong[] filled = [0b1111, 0b0101];
        ulong[] valid = [0b1011, 0b0101];
        double[] perField = new double[2];
        Assert.Equal(5.0 / 6.0, CrmKpi.DataQuality.Accuracy(filled, valid, 4, perField));
        Assert.Equal([0.75, 1.0], perField);
        double[] perRecord = new double[4];
        Assert.Equal(0.75, CrmKpi.DataQuality.RecordAccuracy(filled, valid, 2, perRecord));
        Assert.Equal([1.0, 1.0, 0.5, 1.0], perRecord);
    }

    // Against a per-cell count over a boolean table (cell state 0 missing, 1 filled and invalid, 2 filled and valid), for
    // record counts that cross word boundaries: every per-field, per-record and overall value is one division of the same two
    // integers on both sides, so they agree exactly.
    [Property]
    public Property Accuracy_Masks_MatchCellOracle() =>
        Prop.ForAll(Gen.Choose(0, 4).ToArbitrary(), Gen.Choose(0, 150).ToArbitrary(), Gen.Choose(0, int.MaxValue).ToArbitrary(), (fields, records, seed) =>
        {
            var random = new Random(seed);
            int[,] cells = new int[fields, records];
            for (int f = 0; f < fields; f++)
            {
                for (int r = 0; r < records; r++)
                {
                    cells[f, r] = random.Next(3);
                }
            }

            int words = (records + 63) / 64;
            ulong[] filled = new ulong[fields * words];
            ulong[] valid = new ulong[fields * words];
            for (int f = 0; f < fields; f++)
            {
                for (int r = 0; r < records; r++)
                {
                    filled[(f * words) + (r / 64)] |= cells[f, r] > 0 ? 1UL << (r % 64) : 0;
                    valid[(f * words) + (r / 64)] |= cells[f, r] == 2 ? 1UL << (r % 64) : 0;
                }
            }

            double[] perField = new double[fields];
            double[] perRecord = new double[records];
            double overall = CrmKpi.DataQuality.Accuracy(filled, valid, records, perField);
            double accurateShare = CrmKpi.DataQuality.RecordAccuracy(filled, valid, fields, perRecord);
            var all = Enumerable.Range(0, fields).SelectMany(f => Enumerable.Range(0, records).Select(r => cells[f, r])).ToArray();
            bool ok = ((double)all.Count(c => c == 2) / all.Count(c => c > 0)).Equals(overall);
            for (int f = 0; f < fields; f++)
            {
                int[] row = Enumerable.Range(0, records).Select(r => cells[f, r]).ToArray();
                ok &= ((double)row.Count(c => c == 2) / row.Count(c => c > 0)).Equals(perField[f]);
            }

            int accurate = 0;
            for (int r = 0; r < records; r++)
            {
                int[] column = Enumerable.Range(0, fields).Select(f => cells[f, r]).ToArray();
                ok &= ((double)column.Count(c => c == 2) / column.Count(c => c > 0)).Equals(perRecord[r]);
                accurate += column.Contains(1) ? 0 : 1;
            }

            return ok && ((double)accurate / records).Equals(accurateShare);
        });

    // The text form against a direct count; the rule is called once per filled value and never for a missing one.
    [Property]
    public Property FieldAccuracy_Text_MatchesDirectCountAndCallsRuleOncePerFilledValue() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Elements<string?>(null, "", " ", "a", "ab@", "@")).ToArbitrary(), values =>
        {
            int calls = 0;
            double actual = CrmKpi.DataQuality.FieldAccuracy(values, MissingText.NullOrWhiteSpace, v =>
            {
                calls++;
                return v.Contains('@', StringComparison.Ordinal);
            });
            string[] filled = values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!).ToArray();
            return calls == filled.Length && ((double)filled.Count(v => v.Contains('@', StringComparison.Ordinal)) / filled.Length).Equals(actual);
        });

    [Fact]
    public void Accuracy_MoreValidThanFilled_ThrowsNamingBoth()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => CrmKpi.DataQuality.Accuracy(11, 10));
        Assert.Equal("valid", e.ParamName);
        Assert.Equal(11L, e.ActualValue);
        Assert.Contains("filled (10)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Accuracy_Masks_ValidBitWithoutFilledBit_ThrowsNamingFieldAndRecord()
    {
        var e = Assert.Throws<ArgumentException>(() => CrmKpi.DataQuality.Accuracy([0b1111, 0b0101], [0b1011, 0b0111], 4, new double[2]));
        Assert.Equal("validBits", e.ParamName);
        Assert.Contains("field 1 of record 1", e.Message, StringComparison.Ordinal);
    }

    // 70 records take two words per field (64 + 6 records). A valid bit without its filled bit is found in any word of any field, and
    // the message gives the field and the record.
    [Fact]
    public void Accuracy_Masks_OrphanValidBitInAnyWord_NamesFieldAndRecord()
    {
        // Field 1, word 0, bit 10: record 10 valid but not filled.
        var e = Assert.Throws<ArgumentException>(() =>
            CrmKpi.DataQuality.Accuracy([ulong.MaxValue, 0b111111, 0, 0], [ulong.MaxValue, 0b111111, 1UL << 10, 0], 70, new double[2]));
        Assert.Contains("field 1 of record 10", e.Message, StringComparison.Ordinal);

        // Field 0, word 1, bit 2: record 66 valid but not filled.
        e = Assert.Throws<ArgumentException>(() =>
            CrmKpi.DataQuality.Accuracy([ulong.MaxValue, 0b111011, 0, 0], [ulong.MaxValue, 0b111111, 0, 0], 70, new double[2]));
        Assert.Contains("field 0 of record 66", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Accuracy_Masks_BitsPastTheLastRecordAreIgnored()
    {
        // Record count 2: bit 2 of the valid mask is past the end and neither counts nor trips the orphan check.
        double[] perField = new double[1];
        Assert.Equal(0.5, CrmKpi.DataQuality.Accuracy([0b011], [0b101], 2, perField));
    }

    [Fact]
    public void Accuracy_Masks_WrongLength_ThrowsNamingTheMask()
    {
        Assert.Equal("filledBits", Assert.Throws<ArgumentException>(() => CrmKpi.DataQuality.Accuracy([1], [1, 1], 4, new double[2])).ParamName);
        var e = Assert.Throws<ArgumentException>(() => CrmKpi.DataQuality.Accuracy([1, 1], [1], 4, new double[2]));
        Assert.Equal("validBits", e.ParamName);
        Assert.Equal("validBits has 1 words; 2 fields of 4 records need 2. (Parameter 'validBits')", e.Message);
        Assert.Equal("validBits", Assert.Throws<ArgumentException>(() => CrmKpi.DataQuality.RecordAccuracy([1, 1], [1], 2, new double[4])).ParamName);
    }

    [Fact]
    public void Accuracy_Masks_NegativeCounts_Throw()
    {
        Assert.Equal("records", Assert.Throws<ArgumentOutOfRangeException>(() => CrmKpi.DataQuality.Accuracy([], [], -1, [])).ParamName);
        Assert.Equal("fields", Assert.Throws<ArgumentOutOfRangeException>(() => CrmKpi.DataQuality.RecordAccuracy([], [], -1, [])).ParamName);
    }

    [Fact]
    public void FieldAccuracy_NullRuleOrUndefinedMissing_Throws()
    {
        Assert.Equal("isValid", Assert.Throws<ArgumentNullException>(() => CrmKpi.DataQuality.FieldAccuracy(["a"], MissingText.Null, null!)).ParamName);
        Assert.Equal("isValid", Assert.Throws<ArgumentNullException>(() => CrmKpi.DataQuality.FieldAccuracy<int>([1], null!)).ParamName);
        Assert.Equal("missing", Assert.Throws<ArgumentOutOfRangeException>(() => CrmKpi.DataQuality.FieldAccuracy(["a"], (MissingText)3, _ => true)).ParamName);
    }
}
