using System;
using Xunit;

namespace CrmKpi.Tests;

public partial class DataQualityTests
{
    [Fact]
    public void Completeness_FilledAboveRequired_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => DataQuality.Completeness(6, 5));
        Assert.Equal("filled", e.ParamName);
        Assert.Equal(6L, e.ActualValue);
    }

    [Fact]
    public void FieldCompleteness_ShortMask_ThrowsArgumentException()
    {
        var e = Assert.Throws<ArgumentException>(() => DataQuality.FieldCompleteness([0UL], 65));
        Assert.Equal("filledBits", e.ParamName);
    }

    [Fact]
    public void FieldCompleteness_UndefinedMissingRule_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => DataQuality.FieldCompleteness(["a"], (MissingText)4));
        Assert.Equal("missing", e.ParamName);
        Assert.Equal((MissingText)4, e.ActualValue);
    }

    [Fact]
    public void Completeness_MasksOfWrongLength_ThrowsArgumentException()
    {
        var e = Assert.Throws<ArgumentException>(() => DataQuality.Completeness([1UL, 1UL, 1UL], 10, new double[2]));
        Assert.Equal("filledBits", e.ParamName);
    }

    [Fact]
    public void CompleteRecords_NegativeRecords_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => DataQuality.CompleteRecords([], -1, 0));
        Assert.Equal("records", e.ParamName);
        Assert.Equal(-1L, e.ActualValue);
    }

    // Each mask form checks its counts and its mask lengths, and the messages give the numbers (mutation testing found these unchecked).
    [Fact]
    public void MaskForms_NegativeCounts_ThrowNamingThem()
    {
        Assert.Equal("records", Assert.Throws<ArgumentOutOfRangeException>(() => DataQuality.FieldCompleteness([], -1)).ParamName);
        Assert.Equal("records", Assert.Throws<ArgumentOutOfRangeException>(() => DataQuality.Completeness([], -1, [])).ParamName);
        Assert.Equal("fields", Assert.Throws<ArgumentOutOfRangeException>(() => DataQuality.CompleteRecords([], 0, -1)).ParamName);
    }

    [Fact]
    public void MaskForms_WrongLength_MessagesGiveTheNumbers()
    {
        var e = Assert.Throws<ArgumentException>(() => DataQuality.FieldCompleteness([0UL], 65));
        Assert.Equal("filledBits has 1 words; 65 records need 2. (Parameter 'filledBits')", e.Message);
        e = Assert.Throws<ArgumentException>(() => DataQuality.CompleteRecords([1UL, 1UL, 1UL], 10, 2));
        Assert.Equal("filledBits", e.ParamName);
        Assert.Equal("filledBits has 3 words; 2 fields of 10 records need 2. (Parameter 'filledBits')", e.Message);
    }

    [Fact]
    public void FieldCompleteness_UndefinedMissingRule_MessageNamesTheEnum() =>
        Assert.Contains("must be a defined MissingText", Assert.Throws<ArgumentOutOfRangeException>(() => DataQuality.FieldCompleteness(["a"], (MissingText)4)).Message, StringComparison.Ordinal);

    [Fact]
    public void Accuracy_MaskOfTheWrongLength_SaysHowManyWordsItNeeds()
    {
        // 65 records take 2 words per field; 2 fields need 4 words, and 3 are given.
        var e = Assert.Throws<ArgumentException>(() => DataQuality.Accuracy(new ulong[3], new ulong[4], 65, new double[2]));
        Assert.Equal("filledBits", e.ParamName);
        Assert.Contains("has 3 words; 2 fields of 65 records need 4", e.Message, StringComparison.Ordinal);
    }
}
