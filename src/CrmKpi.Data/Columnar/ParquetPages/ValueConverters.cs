using NodaTime;

namespace CrmKpi.Data.Columnar.ParquetPages;

/// <summary>The converters of the columns <see cref="ParquetDirectColumns"/> decodes, one per stored type and role.</summary>
internal static class ValueConverters
{
    /// <summary>A DATE (days since 1970-01-01) into a date; a day outside the years 1-9999 is an error.</summary>
    public readonly struct EpochDays(ColumnarAssembler rows, string column) : IValueConverter<int, LocalDate>
    {
        public LocalDate Convert(int row, int stored) => rows.EpochDay(row, stored, column);
    }

    /// <summary>A double as it is.</summary>
    public readonly struct Same : IValueConverter<double, double>
    {
        public double Convert(int row, double stored) => stored;
    }

    /// <summary>A float widened to a double.</summary>
    public readonly struct Widened : IValueConverter<float, double>, IValueConverter<int, double>, IValueConverter<long, double>
    {
        public double Convert(int row, float stored) => stored;

        public double Convert(int row, int stored) => stored;

        public double Convert(int row, long stored) => stored;
    }

    /// <summary>A whole number as a count of items: not negative, within an int.</summary>
    public readonly struct Counts(ColumnarAssembler rows, string column) : IValueConverter<int, int>, IValueConverter<long, int>
    {
        public int Convert(int row, int stored) => rows.Count(row, stored, column);

        public int Convert(int row, long stored) => rows.Count(row, stored, column);
    }

    /// <summary>A whole-number customer id as the log's customer index.</summary>
    public readonly struct NumericIds(ColumnarAssembler rows) : IValueConverter<int, int>, IValueConverter<long, int>
    {
        public int Convert(int row, int stored) => rows.NumericId(stored);

        public int Convert(int row, long stored) => rows.NumericId(stored);
    }
}
