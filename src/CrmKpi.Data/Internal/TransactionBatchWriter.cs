using System;
using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace CrmKpi.Data.Internal;

/// <summary>
/// Takes a reader's full row batches to the log builder: on the reading thread (one thread), or on a
/// second thread that maps the keys and appends the rows while the reading thread parses the next
/// batches (two threads). Batches are appended in the order they are submitted, so both give the same
/// log: the same rows, and the same customer indexes in order of first appearance.
/// </summary>
/// <remarks>
/// Parsing (decoding, splitting, dates and amounts) and the key map cost about the same on a typical
/// export, which is why one more thread is all this uses. Only the reading thread reports problems, so
/// line numbers, lenient counts and the first error of a strict read are the one-thread ones. An
/// exception on the second thread (the key map is full) stops the read and is thrown on the reading
/// thread at its next <see cref="Submit"/> or at <see cref="Complete"/>.
/// </remarks>
internal sealed class TransactionBatchWriter : IDisposable
{
    /// <summary>Rows per batch when one thread reads: small, the key map prefetches within it.</summary>
    public const int OneThreadBatchRows = 64;

    /// <summary>Rows per batch handed between threads: large enough that the hand-off costs nothing.</summary>
    public const int TwoThreadBatchRows = 4096;

    // Batches in flight: one being parsed, up to Queued waiting, one being written.
    private const int Queued = 4;

    private readonly TransactionLogBuilder _builder;
    private readonly BlockingCollection<TransactionRowBatch>? _full;
    private readonly BlockingCollection<TransactionRowBatch>? _free;
    private readonly CancellationTokenSource? _stop;
    private readonly Thread? _thread;
    private ExceptionDispatchInfo? _failure;
    private bool _completed;

    /// <summary>Writes into <paramref name="builder"/>; with <paramref name="twoThreads"/>, on a second thread.</summary>
    /// <param name="builder">The builder; only this writer touches it until <see cref="Complete"/> returns.</param>
    /// <param name="twoThreads">Whether a second thread writes the batches.</param>
    /// <param name="batchRows">Rows per batch; 0 for the default of the mode.</param>
    public TransactionBatchWriter(TransactionLogBuilder builder, bool twoThreads, int batchRows = 0)
    {
        _builder = builder;
        int rows = batchRows > 0 ? batchRows : twoThreads ? TwoThreadBatchRows : OneThreadBatchRows;
        Current = new TransactionRowBatch(rows);
        if (!twoThreads)
        {
            return;
        }

        _full = new BlockingCollection<TransactionRowBatch>(Queued);
        _free = new BlockingCollection<TransactionRowBatch>();
        for (int i = 0; i < Queued + 1; i++)
        {
            _free.Add(new TransactionRowBatch(rows));
        }

        _stop = new CancellationTokenSource();
        _thread = new Thread(WriteBatches) { IsBackground = true, Name = "CrmKpi CSV key map" };
        _thread.Start();
    }

    /// <summary>The batch the reading thread fills.</summary>
    public TransactionRowBatch Current { get; private set; }

    /// <summary>Hands over the current (full) batch and makes an empty one current.</summary>
    public void Submit()
    {
        if (_full is null)
        {
            Current.Flush(_builder);
            return;
        }

        try
        {
            _full.Add(Current, _stop!.Token);
            Current = _free!.Take(_stop.Token);
        }
        catch (OperationCanceledException)
        {
            _failure!.Throw();
            throw;
        }
    }

    /// <summary>Hands over the last batch and waits until every row is in the builder.</summary>
    public void Complete()
    {
        if (_full is null)
        {
            Current.Flush(_builder);
            _completed = true;
            return;
        }

        Submit();
        _full.CompleteAdding();
        _thread!.Join();
        _completed = true;
        _failure?.Throw();
    }

    /// <summary>Stops the second thread when the read ended without <see cref="Complete"/> (an error while parsing).</summary>
    public void Dispose()
    {
        if (_full is null)
        {
            return;
        }

        if (!_completed)
        {
            _stop!.Cancel();
            _full.CompleteAdding();
            _thread!.Join();
        }

        _stop!.Dispose();
        _full.Dispose();
        _free!.Dispose();
    }

    private void WriteBatches()
    {
        try
        {
            foreach (TransactionRowBatch batch in _full!.GetConsumingEnumerable(_stop!.Token))
            {
                batch.Flush(_builder);
                _free!.Add(batch);
            }
        }
        catch (OperationCanceledException) when (_stop!.IsCancellationRequested && _failure is null)
        {
            // Stopped by Dispose after a parse error: the reading thread throws that error.
        }
        catch (Exception e)
        {
            _failure = ExceptionDispatchInfo.Capture(e);
            _stop!.Cancel();
        }
    }
}
