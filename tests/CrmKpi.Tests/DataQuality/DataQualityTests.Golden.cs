using Xunit;

namespace CrmKpi.Tests;

/// <summary>
/// Golden values. A value with a source in its comment or name is that source's worked example, as the catalog
/// (docs/catalog/METRICS.md) quotes it: 000-004 are the catalog's Chinese CRM guides. Every other value is a hand calculation:
/// inputs chosen for the test and the result worked out by hand from the catalog's formula (the comment shows the arithmetic).
/// </summary>
public partial class DataQualityTests
{
    // Hand calculation (004 defines the metric without numbers): 1,000 records x 5 required fields = 5,000, of which 4,600 filled: 0.92.
    [Fact]
    public void Completeness_HandExample_Is092() => Assert.Equal(0.92, DataQuality.Completeness(4_600, 5_000));

    [Fact]
    public void FieldCompleteness_Nullable_ThreeOfFour() => Assert.Equal(0.75, DataQuality.FieldCompleteness<int>([3, null, 5, 8]));

    [Theory]
    [InlineData(MissingText.Null, 0.75)]
    [InlineData(MissingText.NullOrEmpty, 0.5)]
    [InlineData(MissingText.NullOrWhiteSpace, 0.25)]
    public void FieldCompleteness_Text_FollowsTheMissingRule(MissingText missing, double expected) =>
        Assert.Equal(expected, DataQuality.FieldCompleteness(["a", null, "", " "], missing));

    // 10 records, mask 0b1011111111 (record 8 missing) plus junk bits past record 10 that must be ignored.
    [Fact]
    public void FieldCompleteness_BitMask_NineOfTen() =>
        Assert.Equal(0.9, DataQuality.FieldCompleteness([0b1011111111UL | (0xFFUL << 20)], 10));

    // 4 records; name 1111, phone 0101 (records 0 and 2): per field 1 and 0.5, overall 6 / 8, complete records 2 / 4.
    [Fact]
    public void Completeness_TwoFieldMasks_PerFieldOverallAndRecords()
    {
        ulong[] masks = [0b1111, 0b0101];
        double[] perField = new double[2];
        Assert.Equal(0.75, DataQuality.Completeness(masks, 4, perField));
        Assert.Equal([1.0, 0.5], perField);
        Assert.Equal(0.5, DataQuality.CompleteRecords(masks, 4, 2));
    }

    // Hand calculation: "a", "b", " ", null: 3 filled with Null, 3 with NullOrEmpty, 2 with NullOrWhiteSpace (of 4).
    [Theory]
    [InlineData(MissingText.Null, 0.75)]
    [InlineData(MissingText.NullOrEmpty, 0.75)]
    [InlineData(MissingText.NullOrWhiteSpace, 0.5)]
    public void FieldCompleteness_Text_WhiteSpaceIsMissingOnlyUnderItsRule(MissingText missing, double expected) =>
        Assert.Equal(expected, DataQuality.FieldCompleteness(["a", "b", " ", null], missing));

    [Fact]
    public void FieldCompleteness_NoRecords_NaN() => Assert.True(double.IsNaN(DataQuality.FieldCompleteness<int>([])));
}
