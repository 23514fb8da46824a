namespace CrmKpi.Cli.Compute;

/// <summary>A transaction log as a command read it, from CSV or Parquet.</summary>
/// <param name="Log">The log of every usable row.</param>
/// <param name="File">The file as named on the command line (<c>-</c> for standard input).</param>
/// <param name="SkippedRows">Rows left out (lenient reads).</param>
internal sealed record TransactionInput(TransactionLog Log, string File, long SkippedRows);
