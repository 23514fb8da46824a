using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmKpi.Cli.Registry;

/// <summary>What a metric computes: one value, or one value per customer or per row.</summary>
internal enum ResultShape
{
    /// <summary>One number.</summary>
    Scalar,

    /// <summary>One number per customer, in order of first appearance in the CSV.</summary>
    PerCustomer,

    /// <summary>One number per CSV row.</summary>
    PerRow,

    /// <summary>One number per label of a group column (channel, ...), in order of first appearance in the CSV.</summary>
    PerGroup,

    /// <summary>A fixed list of numbers (fitted parameters; counts per RFM segment), in the order docs/verify.md gives.</summary>
    List,
}

/// <summary>How listings and messages describe a <see cref="ResultShape"/>.</summary>
internal static class ResultShapes
{
    /// <summary>A short description: one value, per customer, per row, per group, list of values.</summary>
    public static string Short(this ResultShape shape) => shape switch
    {
        ResultShape.PerCustomer => "per customer",
        ResultShape.PerRow => "per row",
        ResultShape.PerGroup => "per group",
        ResultShape.List => "list of values",
        _ => "one value",
    };

    /// <summary>A long description, naming the order of the values.</summary>
    public static string Long(this ResultShape shape) => shape switch
    {
        ResultShape.PerCustomer => "per customer, in order of first appearance in the CSV",
        ResultShape.PerRow => "per CSV row",
        ResultShape.PerGroup => "per group, in order of first appearance in the CSV",
        ResultShape.List => "in the order docs/verify.md gives",
        _ => "one value",
    };
}

/// <summary>
/// One way to compute a catalog metric with the library: the catalog id, the library member, the
/// named inputs that select this overload and the call itself.
/// </summary>
/// <param name="Id">The catalog id (A1, R2, S1, ...).</param>
/// <param name="Member">The library member, <c>Type.Member</c>, as docs/metrics.md writes it.</param>
/// <param name="Inputs">The inputs; a spec case selects this entry when its inputs and columns match.</param>
/// <param name="Shape">What the call returns.</param>
/// <param name="Compute">The library call.</param>
internal sealed record MetricEntry(string Id, string Member, IReadOnlyList<InputSpec> Inputs, ResultShape Shape, Func<MetricArguments, double[]> Compute)
{
    /// <summary>The scalar inputs.</summary>
    public IEnumerable<InputSpec> Scalars => Inputs.Where(i => !i.IsColumn);

    /// <summary>The CSV columns.</summary>
    public IEnumerable<InputSpec> Columns => Inputs.Where(i => i.IsColumn);

    /// <summary>Whether the entry reads a CSV file.</summary>
    public bool NeedsCsv => Inputs.Any(i => i.IsColumn);

    /// <summary>The signature as listings and errors show it: <c>(spend, newCustomers)</c> or <c>(csv: customer, date, amount; windowStart, windowEnd)</c>.</summary>
    public string Signature
    {
        get
        {
            string scalars = string.Join(", ", Scalars);
            return NeedsCsv ? $"(csv: {string.Join(", ", Columns)}{(scalars.Length > 0 ? "; " + scalars : "")})" : $"({scalars})";
        }
    }

    /// <summary>
    /// Whether a case with these scalar input names and column names selects this entry: every
    /// required input is given and nothing else is.
    /// </summary>
    public bool Matches(IReadOnlyCollection<string> scalarNames, IReadOnlyCollection<string> columnNames) =>
        Matches(Scalars, scalarNames) && Matches(Columns, columnNames);

    private static bool Matches(IEnumerable<InputSpec> specs, IReadOnlyCollection<string> given)
    {
        var known = specs.ToDictionary(s => s.Name, StringComparer.Ordinal);
        return given.All(known.ContainsKey) && known.Values.All(s => s.Optional || given.Contains(s.Name));
    }
}
