namespace CrmKpi.Cli.Registry;

/// <summary>The kind of value a metric input takes, in a spec's <c>inputs</c> or a CSV column.</summary>
internal enum InputKind
{
    /// <summary>A finite number (an amount, a rate, a fraction).</summary>
    Number,

    /// <summary>A whole number (a count).</summary>
    Count,

    /// <summary>An ISO date, <c>yyyy-MM-dd</c>.</summary>
    Date,

    /// <summary>A label (a category name).</summary>
    Text,

    /// <summary>A CSV column of finite numbers.</summary>
    NumberColumn,

    /// <summary>A CSV column of whole numbers.</summary>
    CountColumn,

    /// <summary>A CSV column of dates in the spec's <c>dateFormat</c>.</summary>
    DateColumn,

    /// <summary>A CSV column of labels (customer ids, categories).</summary>
    TextColumn,

    /// <summary>A CSV column of yes/no flags (1/0, true/false, yes/no, y/n, t/f).</summary>
    FlagColumn,

    /// <summary>A CSV column of raw values that may be empty (for completeness counts).</summary>
    FieldColumn,
}

/// <summary>One named input of a metric: a scalar from the spec's <c>inputs</c> or a mapped CSV column.</summary>
/// <param name="Name">The input's name; for scalars the library's parameter name.</param>
/// <param name="Kind">What values it takes.</param>
/// <param name="Optional">Whether a spec may leave it out.</param>
/// <param name="Choices">For a variant (an enum of the library), the names it accepts; null for any other input.</param>
internal sealed record InputSpec(string Name, InputKind Kind, bool Optional = false, System.Collections.Generic.IReadOnlyList<string>? Choices = null)
{
    /// <summary>Whether the input is a CSV column (mapped in the spec's <c>csv.columns</c>).</summary>
    public bool IsColumn => Kind >= InputKind.NumberColumn;

    /// <summary>A short description of the kind, for listings and error messages.</summary>
    public string KindText => Kind switch
    {
        InputKind.Number => "number",
        InputKind.Count => "count",
        InputKind.Date => "date",
        InputKind.Text => "text",
        InputKind.NumberColumn => "column of numbers",
        InputKind.CountColumn => "column of counts",
        InputKind.DateColumn => "column of dates",
        InputKind.FlagColumn => "column of flags",
        InputKind.FieldColumn => "column of values, empty allowed",
        _ => "column of labels",
    };

    /// <summary>The input as a listing shows it: <c>name</c>, <c>name?</c> when optional.</summary>
    public override string ToString() => Optional ? Name + "?" : Name;
}
