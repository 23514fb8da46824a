using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace CrmKpi.Samples;

/// <summary>A plain-text report: titled sections of labelled values and small tables, culture-invariant.</summary>
public sealed class Report(TextWriter output)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Starts a section with an underlined title.</summary>
    public void Section(string title)
    {
        output.WriteLine();
        output.WriteLine(title);
        output.WriteLine(new string('=', title.Length));
    }

    /// <summary>A line of free text.</summary>
    public void Text(string text) => output.WriteLine(text);

    /// <summary>A labelled value with its unit or explanation.</summary>
    public void Value(string label, string value, string note = "") =>
        output.WriteLine(string.Format(Invariant, "  {0,-44} {1,16}  {2}", label, value, note).TrimEnd());

    /// <summary>A labelled number with the given .NET format.</summary>
    public void Value(string label, double value, string format, string note = "") =>
        Value(label, value.ToString(format, Invariant), note);

    /// <summary>A labelled fraction shown as a percentage.</summary>
    public void Percent(string label, double fraction, string note = "") =>
        Value(label, fraction.ToString("P2", Invariant), note);

    /// <summary>A table with right-aligned columns.</summary>
    public void Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        List<IReadOnlyList<string>> all = [header, .. rows];
        int[] widths = Enumerable.Range(0, header.Count).Select(c => all.Max(r => r[c].Length)).ToArray();
        foreach (IReadOnlyList<string> row in all)
        {
            output.WriteLine("  " + string.Join("  ", row.Select((cell, c) => c == 0 ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]))));
        }
    }

    /// <summary>Formats a number culture-invariantly.</summary>
    public static string Format(double value, string format) => value.ToString(format, Invariant);
}
