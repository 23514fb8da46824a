using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using CrmKpi.Cli.Data;
using NodaTime;
using NodaTime.Text;

namespace CrmKpi.Cli.Registry;

/// <summary>An input value that does not fit its input: the verify command names the input's place in the spec.</summary>
internal sealed class InputException : Exception
{
    public InputException()
    {
    }

    public InputException(string message)
        : base(message)
    {
    }

    public InputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public InputException(string input, string message)
        : base(message) => Input = input;

    /// <summary>The input's name.</summary>
    public string Input { get; } = "";
}

/// <summary>
/// The values of one spec case as a registry delegate reads them: scalars from the spec's
/// <c>inputs</c>, columns from its CSV file. Each accessor checks the value's kind.
/// </summary>
internal sealed class MetricArguments(IReadOnlyDictionary<string, JsonElement> scalars, CsvColumns? csv)
{
    private int[]? _customerIndexes;
    private int _customerCount;

    /// <summary>The CSV columns, or null when the case has no CSV.</summary>
    public CsvColumns? Csv { get; } = csv;

    /// <summary>A finite number.</summary>
    public double Number(string name)
    {
        JsonElement e = Scalar(name);
        string? problem = Verify.JsonNumbers.TryRead(e, out double value);
        if (problem is not null)
        {
            throw new InputException(name, $"{name} must be a finite number; {Output.MessageText.Value(e.GetRawText())} {problem}.");
        }

        return value;
    }

    /// <summary>
    /// A time given in seconds (the input's name ends in <c>Seconds</c>), as the NodaTime <see cref="NodaTime.Duration"/>
    /// the library takes; NodaTime holds it to the nanosecond.
    /// </summary>
    public Duration Seconds(string name)
    {
        double seconds = Number(name);
        const double Limit = 1e15;   // about 31.7 million years; well inside Duration's range
        if (Math.Abs(seconds) > Limit)
        {
            throw new InputException(name, $"{name} must be a number of seconds within +-1e15; was {seconds.ToString(CultureInfo.InvariantCulture)}.");
        }

        return Duration.FromSeconds(seconds);
    }

    /// <summary>A whole number.</summary>
    public long Count(string name)
    {
        JsonElement e = Scalar(name);
        if (e.ValueKind != JsonValueKind.Number || !e.TryGetInt64(out long value))
        {
            throw new InputException(name, $"{name} must be a whole number; was {e.GetRawText()}.");
        }

        return value;
    }

    /// <summary>A whole number that fits an <see cref="int"/>.</summary>
    public int Int(string name)
    {
        long value = Count(name);
        return value is >= int.MinValue and <= int.MaxValue ? (int)value
            : throw new InputException(name, string.Create(CultureInfo.InvariantCulture, $"{name} must be at most {int.MaxValue}; was {value}."));
    }

    /// <summary>An ISO date (<c>yyyy-MM-dd</c>).</summary>
    public LocalDate Date(string name)
    {
        JsonElement e = Scalar(name);
        ParseResult<LocalDate>? parsed = e.ValueKind == JsonValueKind.String ? LocalDatePattern.Iso.Parse(e.GetString()!) : null;
        return parsed is { Success: true } ? parsed.Value
            : throw new InputException(name, $"{name} must be a date written yyyy-MM-dd; was {e.GetRawText()}.");
    }

    /// <summary>A label (a string; a number is taken as its text).</summary>
    public string Text(string name)
    {
        JsonElement e = Scalar(name);
        return e.ValueKind switch
        {
            JsonValueKind.String => e.GetString()!,
            JsonValueKind.Number => e.GetRawText(),
            _ => throw new InputException(name, $"{name} must be a string; was {e.GetRawText()}."),
        };
    }

    /// <summary>A variant, by enum member name (any case).</summary>
    public TEnum Choice<TEnum>(string name)
        where TEnum : struct, Enum
    {
        string text = Text(name);
        return Enum.TryParse(text, ignoreCase: true, out TEnum value) && Enum.IsDefined(value) && !char.IsAsciiDigit(text[0]) ? value
            : throw new InputException(name, $"{name} must be one of {string.Join(", ", Enum.GetNames<TEnum>())}; was '{text}'.");
    }

    /// <summary>Whether the case gives the scalar input.</summary>
    public bool HasInput(string name) => scalars.ContainsKey(name);

    /// <summary>The inclusive window <c>windowStart .. windowEnd</c>.</summary>
    public DateInterval Window() => Window("window");

    /// <summary>The inclusive window <c>{name}Start .. {name}End</c>, e.g. <c>previousStart .. previousEnd</c>.</summary>
    public DateInterval Window(string name)
    {
        LocalDate start = Date(name + "Start"), end = Date(name + "End");
        return end >= start ? new DateInterval(start, end)
            : throw new InputException(name + "End", $"{name}End ({end:yyyy-MM-dd}) is before {name}Start ({start:yyyy-MM-dd}).");
    }

    /// <summary>Whether the case maps the column.</summary>
    public bool HasColumn(string name) => Csv is not null && Csv.Has(name);

    /// <summary>A column of numbers.</summary>
    public double[] Numbers(string name) => RequireCsv().Numbers(name);

    /// <summary>A column of whole numbers.</summary>
    public int[] Counts(string name) => RequireCsv().Counts(name);

    /// <summary>A column of flags.</summary>
    public bool[] Flags(string name) => RequireCsv().Flags(name);

    /// <summary>A column of dates.</summary>
    public LocalDate[] Dates(string name) => RequireCsv().Dates(name);

    /// <summary>A column of raw values, empty ones included.</summary>
    public string[] Fields(string name) => RequireCsv().Texts(name);

    /// <summary>A column of variants, by enum member name (any case); a bad label names its CSV row.</summary>
    public TEnum[] Choices<TEnum>(string name)
        where TEnum : struct, Enum
    {
        CsvColumns csv = RequireCsv();
        string[] texts = csv.Texts(name);
        var values = new TEnum[texts.Length];
        for (int i = 0; i < texts.Length; i++)
        {
            string text = texts[i];
            values[i] = Enum.TryParse(text, ignoreCase: true, out TEnum value) && Enum.IsDefined(value) && !char.IsAsciiDigit(text[0]) ? value
                : throw new InputException(name, $"{csv.RowLocation(i)}: column {name} must hold one of {string.Join(", ", Enum.GetNames<TEnum>())}; was '{text}'.");
        }

        return values;
    }

    /// <summary>A column of labels as dense codes <c>0..</c> in order of first appearance, and the map from label to code.</summary>
    public (int[] Codes, CustomerIndexMap<string> Map) Codes(string name)
    {
        var map = new CustomerIndexMap<string>(StringComparer.Ordinal);
        int[] codes = map.Map(RequireCsv().Texts(name));
        return (codes, map);
    }

    /// <summary>The number of distinct customers in the <c>customer</c> column.</summary>
    public int CustomerCount
    {
        get
        {
            _ = CustomerIndexes;
            return _customerCount;
        }
    }

    /// <summary>The <c>customer</c> column as dense indexes in order of first appearance.</summary>
    public int[] CustomerIndexes
    {
        get
        {
            if (_customerIndexes is null)
            {
                (int[] codes, CustomerIndexMap<string> map) = Codes("customer");
                (_customerIndexes, _customerCount) = (codes, map.Count);
            }

            return _customerIndexes;
        }
    }

    /// <summary>The transaction columns <c>customer</c>, <c>date</c>, <c>amount</c> and, when mapped, <c>items</c>.</summary>
    public TransactionColumns Transactions() =>
        HasColumn("items")
            ? new TransactionColumns(CustomerIndexes, Dates("date"), Numbers("amount"), Counts("items"), CustomerCount)
            : new TransactionColumns(CustomerIndexes, Dates("date"), Numbers("amount"), CustomerCount);

    /// <summary>
    /// The call columns waitSeconds, talkSeconds, holdSeconds, afterCallWorkSeconds, abandoned and,
    /// when mapped, blocked (else no call is blocked).
    /// </summary>
    public CallColumns Calls()
    {
        double[] wait = Numbers("waitSeconds");
        bool[] blocked = HasColumn("blocked") ? Flags("blocked") : new bool[wait.Length];
        return new CallColumns(wait, Numbers("talkSeconds"), Numbers("holdSeconds"), Numbers("afterCallWorkSeconds"), Flags("abandoned"), blocked);
    }

    /// <summary>The ticket columns firstReplySeconds, resolutionSeconds and contacts.</summary>
    public TicketColumns Tickets() => new(Numbers("firstReplySeconds"), Numbers("resolutionSeconds"), Counts("contacts"));

    private JsonElement Scalar(string name) =>
        scalars.TryGetValue(name, out JsonElement e) ? e : throw new InputException(name, $"input {name} is missing.");

    private CsvColumns RequireCsv() => Csv ?? throw new InputException("csv", "this metric reads a CSV file; the case has no csv.");
}
