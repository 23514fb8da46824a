using System.Linq;
using CrmKpi.Cli.Output;
using CrmKpi.Cli.Registry;
using Spectre.Console;

namespace CrmKpi.Cli;

/// <summary><c>crmkpi metrics</c>: the metrics verify knows, with the inputs that select each overload.</summary>
internal static class MetricsCommand
{
    public static int Run()
    {
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
        return ExitCodes.Success;
    }
}
