namespace CrmKpi.Charts;

/// <summary>What was read from one input of a report: its name, the rows used and the rows skipped.</summary>
/// <param name="Source">The file or source name shown in the report.</param>
/// <param name="RowsRead">Rows read and used.</param>
/// <param name="RowsSkipped">Rows skipped as unusable (0 when reading was strict).</param>
public sealed record InputSummary(string Source, long RowsRead, long RowsSkipped);
