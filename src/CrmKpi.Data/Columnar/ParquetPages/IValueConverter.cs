namespace CrmKpi.Data.Columnar.ParquetPages;

/// <summary>
/// Turns a stored Parquet value into the assembler's value for one column (a DATE's days into a
/// <see cref="NodaTime.LocalDate"/>, a whole number into a count, a float into a double), or throws the error that
/// names the row. A struct, so <see cref="ConvertedValues{TStored, TValue, TConverter}"/> is compiled per converter.
/// </summary>
internal interface IValueConverter<TStored, TValue>
{
    /// <summary>The value of row <paramref name="row"/>.</summary>
    TValue Convert(int row, TStored stored);
}
