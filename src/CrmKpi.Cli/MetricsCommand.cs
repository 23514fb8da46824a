using System.Collections.Generic;
using System.Linq;
using CrmKpi.Cli.Output;
using CrmKpi.Cli.Registry;
using Spectre.Console;

namespace CrmKpi.Cli;

/// <summary>
/// <c>crmkpi metrics [ID]</c>: the metrics verify knows with the inputs that select each overload; with
/// an id or member name, that metric's forms with each input's type, the values a variant accepts and
/// which value verify compares.
/// </summary>
internal static class MetricsCommand
{
    /// <summary>Lists every metric, or describes one.</summary>
    /// <param name="metric">A catalog id or member name, or null for the list.</param>
    /// <returns>0.</returns>
    /// <exception cref="CliException">No metric has that id or member name.</exception>
    public static int Run(string? metric)
    {
        if (metric is not null)
        {
            return Describe(metric);
        }

        var table = new Table().Border(TableBorder.Rounded).Title("metrics crmkpi verify knows");
        table.AddColumn("Id");
        table.AddColumn("Member");
        table.AddColumn("Inputs");
        table.AddColumn("Result");
        foreach (MetricEntry e in MetricRegistry.Entries)
        {
            string inputs = string.Join(", ", e.Inputs.Select(i => $"{i} ({i.KindText})"));
            table.AddRow(new Text(e.Id), new Text(e.Member), new Text(inputs), new Text(e.Shape.Short()));
        }

        Terminal.Out.Write(table);
        System.Console.Out.WriteLine("'crmkpi metrics ID' describes one metric: its inputs, the values of its variants and what verify compares.");
        return ExitCodes.Success;
    }

    private static int Describe(string metric)
    {
        IReadOnlyList<MetricEntry> entries = MetricRegistry.Find(metric);
        if (entries.Count == 0)
        {
            throw new CliException($"unknown metric '{MessageText.Value(metric)}'; 'crmkpi metrics' lists the ids and members this version knows.");
        }

        int form = 0;
        foreach (MetricEntry e in entries)
        {
            if (form++ > 0)
            {
                System.Console.Out.WriteLine();
            }

            System.Console.Out.WriteLine($"{e.Id} {e.Member}{e.Signature}");
            foreach (InputSpec input in e.Inputs)
            {
                string where = input.IsColumn ? "csv.columns" : "inputs";
                string kind = input.Choices is not { } choices ? input.KindText
                    : input.IsColumn ? $"{input.KindText}, each one of {string.Join(", ", choices)} (any case)"
                    : $"one of {string.Join(", ", choices)} (any case)";
                System.Console.Out.WriteLine($"  {where}.{input.Name}{(input.Optional ? " (optional)" : "")}: {kind}");
            }

            System.Console.Out.WriteLine("  compared: " + MetricResultNames.Compared(e));
        }

        return ExitCodes.Success;
    }
}
