using System.Collections.Generic;
using System.IO;

namespace CrmKpi.Samples;

/// <summary>The rows of a bundled comma-separated file with a header line, each with its line number.</summary>
public static class CsvRows
{
    /// <summary>Reads the data rows of <paramref name="path"/>, skipping the header and empty lines.</summary>
    /// <exception cref="DataFileException">The file is missing, or a row does not have <paramref name="columns"/> fields.</exception>
    public static IEnumerable<(string Path, int Line, string[] Fields)> Read(string path, int columns)
    {
        if (!File.Exists(path))
        {
            throw new DataFileException($"{path}: file not found.");
        }

        int line = 0;
        foreach (string text in File.ReadLines(path))
        {
            line++;
            if (line == 1 || text.Length == 0)
            {
                continue;
            }

            string[] fields = text.Split(',');
            if (fields.Length != columns)
            {
                throw DataFileException.At(path, line, $"expected {columns} fields, found {fields.Length}.");
            }

            yield return (path, line, fields);
        }
    }
}
