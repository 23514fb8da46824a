using System;

namespace CrmKpi.Data.Columnar.ParquetPages;

/// <summary>
/// Where <see cref="ParquetColumnChunkReader"/> hands a column's decoded pages: the nulls, the dictionary, and each
/// data page's values, PLAIN-encoded or as dictionary indexes. Rows are counted from the start of the row group.
/// </summary>
/// <remarks>
/// A page's values belong to the rows <c>firstRow, firstRow + 1, ...</c> when <c>rows</c> is empty (no nulls in the
/// page), else to <c>rows[0], rows[1], ...</c>: the page's rows that are not null, in order.
/// </remarks>
internal abstract class ParquetValueSink
{
    /// <summary>Row <paramref name="row"/> is null.</summary>
    public abstract void Null(int row);

    /// <summary>The column chunk's dictionary: <paramref name="entries"/> PLAIN-encoded values.</summary>
    public abstract void Dictionary(ReadOnlySpan<byte> plain, int entries);

    /// <summary><paramref name="count"/> PLAIN-encoded values.</summary>
    public abstract void Plain(int firstRow, int count, ReadOnlySpan<byte> plain, ReadOnlySpan<int> rows);

    /// <summary>Values given as indexes into the dictionary (not yet checked against its size).</summary>
    public abstract void Indexed(int firstRow, ReadOnlySpan<int> indexes, ReadOnlySpan<int> rows);
}
