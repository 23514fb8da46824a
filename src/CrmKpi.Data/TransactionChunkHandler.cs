namespace CrmKpi.Data;

/// <summary>
/// Receives the next chunk of rows of a transaction file read in chunks (<see cref="TransactionCsv.ReadInChunks(string, int, TransactionChunkHandler, TransactionCsvOptions?)"/>).
/// The columns are valid only during the call; their customer indexes refer to the one key map of the whole file,
/// and their customer count is the number of customers seen so far.
/// </summary>
/// <param name="chunk">The chunk's rows, in file order.</param>
public delegate void TransactionChunkHandler(TransactionColumns chunk);
