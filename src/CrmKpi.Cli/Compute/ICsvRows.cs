using CrmKpi.Cli.Output;

namespace CrmKpi.Cli.Compute;

/// <summary>
/// Rows of a <see cref="ResultTable"/> that can write their cells to CSV without boxing them: the
/// per-customer tables of large exports. The cells must be the ones the row's <c>object[]</c> form
/// holds, written as <see cref="ResultWriter"/> writes those.
/// </summary>
internal interface ICsvRows
{
    /// <summary>Writes the cells of row <paramref name="index"/> (not the row's end).</summary>
    void WriteCsv(int index, CsvCellWriter writer);
}
