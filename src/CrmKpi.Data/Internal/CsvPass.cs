using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using nietras.SeparatedValues;

namespace CrmKpi.Data.Internal;

/// <summary>
/// One pass of a reader over a CSV file: the checked text source, Sep, the header, and the account of
/// rows (data, blank, skipped with examples). <see cref="Run{T}"/> repeats the pass in lenient mode
/// when a quote is never closed, with that quote read as a space and its row skipped.
/// </summary>
internal sealed class CsvPass : IDisposable
{
    private const int ProgressRows = 1 << 16;

    private readonly CsvReadOptions _options;
    private readonly CsvTextSource _source;
    private readonly SepReader _reader;
    private readonly (long Line, int Column)[] _repairs;
    private readonly List<CsvDataException> _repairedProblems;
    private readonly List<CsvDataException> _examples = [];
    private long _skipped;
    private long _sampleChars;

    private CsvPass(Stream stream, string name, CsvReadOptions options, Encoding encoding, (long Line, int Column)[] repairs, List<CsvDataException> repairedProblems)
    {
        Name = name;
        _options = options;
        _repairs = repairs;
        _repairedProblems = repairedProblems;
        _source = new CsvTextSource(stream, encoding, name, options.MaxRecordLength, repairs, options.SpaceAligned);
        var sepOptions = new SepReaderOptions(new Sep(options.SpaceAligned ? ' ' : options.Separator))
        {
            HasHeader = false,
            DisableColCountCheck = true,
            Unescape = true,
            CultureInfo = CultureInfo.InvariantCulture,
        };
        _reader = sepOptions.From(_source);
        if (!_reader.MoveNext())
        {
            throw new CsvDataException(name, 1, 0, "the file is empty; a header row is expected");
        }

        SepReader.Row row = _reader.Current;
        var names = new string[row.ColCount];
        for (int i = 0; i < names.Length; i++)
        {
            names[i] = row[i].Span.Trim(' ').ToString();
        }

        Header = new CsvHeader(name, names);
    }

    public string Name { get; }

    public CsvHeader Header { get; }

    public long DataRows { get; private set; }

    public long BlankLines { get; private set; }

    public long SkippedRows => _skipped + _repairedProblems.Count;

    /// <summary>Bytes of the file per data row over the first rows, once known; 0 before.</summary>
    public double BytesPerRowEstimate { get; private set; }

    /// <summary>The file's length in bytes, or -1 when unknown.</summary>
    public long StreamLength => _source.StreamLength;

    /// <summary>Runs passes until one completes: lenient reads repair each unclosed quote and start again.</summary>
    public static T Run<T>(Stream stream, string name, CsvReadOptions options, Func<CsvPass, T> read)
    {
        Encoding encoding = options.Encoding is null ? CsvEncodings.Utf8
            : options.Encoding.DecoderFallback is DecoderExceptionFallback ? options.Encoding
            : CsvEncodings.Strict(options.Encoding);
        long start = stream.CanSeek ? stream.Position : 0;
        var repairs = new List<(long Line, int Column)>();
        var repairedProblems = new List<CsvDataException>();
        while (true)
        {
            try
            {
                using var pass = new CsvPass(stream, name, options, encoding, [.. repairs], repairedProblems);
                return read(pass);
            }
            catch (UnclosedQuoteException e) when (options.Lenient && stream.CanSeek && repairs.Count < 1000)
            {
                repairs.Add((e.Line, e.Column));
                repairedProblems.Add(e.ToDataException());
                stream.Position = start;
            }
            catch (UnclosedQuoteException e)
            {
                throw e.ToDataException();
            }
        }
    }

    /// <summary>The next data row with the header's number of fields; blank lines, repaired rows and rows of the wrong width are dealt with here.</summary>
    public bool Next(out SepReader.Row row)
    {
        int fields = Header.Names.Length;
        while (_reader.MoveNext())
        {
            row = _reader.Current;
            if (row.ColCount == 1 && row.Span.IsEmpty)
            {
                BlankLines++;
                continue;
            }

            DataRows++;
            if (BytesPerRowEstimate == 0 && DataRows <= 4096)
            {
                _sampleChars += row.Span.Length + 1;
                if (DataRows == 4096)
                {
                    BytesPerRowEstimate = _sampleChars / 4096.0;
                }
            }

            if (_options.Progress is not null && DataRows % ProgressRows == 0 && _source.StreamLength > 0)
            {
                _options.Progress.Report(Math.Min(1, (double)_source.BytesRead / _source.StreamLength));
            }

            if (_repairs.Length > 0 && IsRepairedRow(row))
            {
                continue;
            }

            if (row.ColCount != fields)
            {
                Problem(row.LineNumberFrom, 0, string.Create(CultureInfo.InvariantCulture,
                    $"the row has {row.ColCount} fields; the header has {fields} (a separator inside a value must be quoted)"));
                continue;
            }

            return true;
        }

        _options.Progress?.Report(1);
        row = default;
        return false;
    }

    /// <summary>A row that cannot be used: thrown when strict, counted and maybe kept as an example when lenient.</summary>
    public void Problem(long line, int column, string problem)
    {
        var error = new CsvDataException(Name, line, column, problem);
        if (!_options.Lenient)
        {
            throw error;
        }

        _skipped++;
        if (_examples.Count < _options.MaxExamples)
        {
            _examples.Add(error);
        }
    }

    /// <summary>The examples of skipped rows, repaired quotes included, in line order.</summary>
    public List<CsvDataException> Examples()
    {
        List<CsvDataException> examples = [.. _repairedProblems, .. _examples];
        examples.Sort((a, b) => a.Line.CompareTo(b.Line));
        if (examples.Count > _options.MaxExamples)
        {
            examples.RemoveRange(_options.MaxExamples, examples.Count - _options.MaxExamples);
        }

        return examples;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _source.Dispose();
    }

    private bool IsRepairedRow(SepReader.Row row)
    {
        foreach ((long line, _) in _repairs)
        {
            if (line >= row.LineNumberFrom && line < row.LineNumberToExcl)
            {
                return true;
            }
        }

        return false;
    }
}
