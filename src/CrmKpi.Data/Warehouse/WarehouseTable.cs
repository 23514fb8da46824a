namespace CrmKpi.Data.Warehouse;

/// <summary>
/// A transactions table in a warehouse: its name (optionally qualified, <c>schema.table</c> or
/// <c>project.dataset.table</c>; each part is quoted) and the names of its customer, date and amount columns.
/// </summary>
/// <param name="Table">The table's name, parts separated by dots.</param>
/// <param name="CustomerColumn">The customer id column.</param>
/// <param name="DateColumn">The date or timestamp column (cast to a date by the engine, in its session time zone).</param>
/// <param name="AmountColumn">The amount column.</param>
public sealed record WarehouseTable(string Table, string CustomerColumn, string DateColumn, string AmountColumn);
