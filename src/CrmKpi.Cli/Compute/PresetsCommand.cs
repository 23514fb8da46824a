using System.CommandLine;
using System.Linq;
using CrmKpi.Cli.Output;
using CrmKpi.Data;
using Spectre.Console;

namespace CrmKpi.Cli.Compute;

/// <summary><c>crmkpi presets [--preset-file FILE]</c>: the export presets with their columns and formats.</summary>
internal static class PresetsCommand
{
    /// <summary>The command.</summary>
    public static Command Build()
    {
        Option<string?> file = PresetOptions.PresetFile();
        file.Description = "Also list the presets this JSON file defines (docs/data.md, \"Export presets\").";
        var command = new Command("presets", "List the export presets --preset knows (Salesforce, HubSpot, Zoho CRM, Fxiaoke, Shopify, GA4), with the columns each reads and its date format, time zone and culture.") { file };
        command.SetAction(result => Program.Guarded(() => Run(result.GetValue(file))));
        return command;
    }

    private static int Run(string? file)
    {
        ExportPreset[] presets = [.. file is null ? [] : PresetOptions.Load(file), .. Presets.All];
        var table = new Table().Border(TableBorder.Rounded).Title("export presets (--preset NAME)");
        foreach (string heading in (string[])["Name", "Customer", "Date", "Amount", "Quantity", "Date format", "Time zone", "Culture", "Export"])
        {
            // The names and headers are what the user types or looks for in the file: never broken.
            table.AddColumn(heading is "Export" ? new TableColumn(heading) : new TableColumn(heading).NoWrap());
        }

        foreach (ExportPreset p in presets)
        {
            table.AddRow(
                new Text(p.Name), new Text(p.CustomerColumn), new Text(p.DateColumn), new Text(p.AmountColumn), new Text(p.QuantityColumn ?? "-"),
                new Text(p.DateFormat ?? "ISO"), new Text(p.TimeZoneId ?? "as written"), new Text(p.CultureName ?? "invariant"), new Text(p.Description));
        }

        Terminal.Out.Write(table);
        return ExitCodes.Success;
    }
}
