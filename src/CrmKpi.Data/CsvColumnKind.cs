namespace CrmKpi.Data;

/// <summary>The values a column of a <see cref="CsvTable"/> holds.</summary>
public enum CsvColumnKind
{
    /// <summary>Text, as written (trimmed of spaces); an empty cell is allowed.</summary>
    Text = 0,

    /// <summary>A finite number in the options' culture.</summary>
    Number = 1,

    /// <summary>A whole number (invariant digits, an optional sign).</summary>
    Count = 2,

    /// <summary>A date: ISO, an ISO timestamp, or the options' date format.</summary>
    Date = 3,

    /// <summary>A flag: 1/0, true/false, yes/no, y/n, t/f in any case.</summary>
    Flag = 4,

    /// <summary>Text that must not be empty, such as a customer id.</summary>
    Id = 5,
}
