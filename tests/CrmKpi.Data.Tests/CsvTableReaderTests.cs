using System;
using NodaTime;
using Xunit;

namespace CrmKpi.Data.Tests;

public class CsvTableReaderTests
{
    private static readonly CsvColumnRequest[] Requests =
    [
        new("wait", ["wait_seconds", "wait"], CsvColumnKind.Number),
        new("talk", ["talk_seconds", "talk"], CsvColumnKind.Number),
        new("abandoned", ["abandoned"], CsvColumnKind.Flag),
        new("csat", ["csat"], CsvColumnKind.Count),
        new("when", ["when"], CsvColumnKind.Date),
        new("agent", ["agent"], CsvColumnKind.Text),
        new("blocked", ["blocked"], CsvColumnKind.Flag, optional: true),
    ];

    [Fact]
    public void TypedColumns_StrictStopsAtTalkX()
    {
        var e = Assert.Throws<CsvDataException>(() => CsvTableReader.Read(Fixture.Path("calls.csv"), Requests));
        Assert.Equal((4L, 2), (e.Line, e.Column));
        Assert.Contains("'x' is not a number in column 'talk'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TypedColumns_LenientExactValues()
    {
        CsvTable t = CsvTableReader.Read(Fixture.Path("calls.csv"), Requests, new CsvReadOptions { Lenient = true });
        Assert.Equal(2, t.RowCount);
        Assert.Equal([2, 3], t.Lines.ToArray());
        Assert.Equal([12.5, 0], t.Numbers("wait"));
        Assert.Equal([100.0, 0], t.Numbers("talk"));
        Assert.Equal([false, true], t.Flags("abandoned"));
        Assert.Equal([5, 1], t.Counts("csat"));
        Assert.Equal([new LocalDate(2024, 1, 5), new LocalDate(2024, 1, 6)], t.Dates("when"));
        Assert.Equal(["Ann", ""], t.Texts("agent"));
        Assert.False(t.Has("blocked"));
        Assert.Equal("wait_seconds", t.HeaderOf("wait"));
        Assert.Equal(1, t.SkippedRows);
        Assert.Equal(3, t.DataRows);
    }
}
