using System;
using System.IO;
using System.Text;

namespace CrmKpi.Tests;

// --preset, --preset-file and 'crmkpi presets': an export read by its system's layout, the command line
// overriding the preset, and one line naming every missing column when the header does not fit.
public sealed class CliPresetTests : IDisposable
{
    private const string Shopify =
        "Name,Email,Financial Status,Total,Created at\n#1001,ann@example.com,paid,100.00,2024-01-31 23:05:09 -0500\n#1002,bob@example.com,paid,25.50,2024-02-01 07:59:00 +0100\n";

    private readonly string _folder = Directory.CreateTempSubdirectory("crmkpi-presets-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text)
    {
        File.WriteAllText(Path.Combine(_folder, name), text, new UTF8Encoding(false));
        return name;
    }

    private static readonly string[] January = ["--from", "2024-01-01", "--to", "2024-01-31", "--format", "csv"];

    [Fact]
    public void ShopifyPreset_ReadsTheExport_DatedAsWritten()
    {
        string file = Write("orders.csv", Shopify);
        CliRun run = CliProcess.Run(_folder, ["compute", "transactions", file, "--preset", "shopify-orders", .. January]);
        Assert.True(run.ExitCode == 0, run.ToString());
        // Only #1001 (31 January at -05:00) is in January.
        Assert.Contains(",revenue in window,100,CustomerActivity.Compute", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void CommandLineTimeZone_OverridesThePreset()
    {
        string file = Write("orders.csv", Shopify);
        // In UTC, #1001 (23:05 at -05:00) is on 1 February: January has no revenue.
        CliRun run = CliProcess.Run(_folder, ["compute", "transactions", file, "--preset", "shopify-orders", "--time-zone", "Etc/UTC", .. January]);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(",revenue in window,0,CustomerActivity.Compute", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void HeaderThatDoesNotFit_OneLineWithWhatIsMissingAndWhatTheFileHas()
    {
        string file = Write("orders.csv", "Order,Email,Amount\n#1,a@b.c,10\n");
        CliRun run = CliProcess.Run(_folder, "rfm", file, "--preset", "shopify-orders", "--as-of", "2024-03-01");
        CliProcess.BadInput(run,
            "crmkpi: orders.csv:1: the header does not fit preset 'shopify-orders': missing 'Created at' (date), 'Total' (amount); the file has 'Order', 'Email', 'Amount'.");
    }

    [Fact]
    public void PresetFile_DefinesTheLayout_AndPresetsListsIt()
    {
        string json = Write("my.json", """{ "name": "my-shop", "customer": "Kunde", "date": "Datum", "amount": "Betrag", "dateFormat": "dd.MM.yyyy", "culture": "de-DE", "separator": ";" }""");
        string file = Write("shop.csv", "Kunde;Datum;Betrag\nK1;05.01.2024;1.234,50\nK2;06.02.2024;20,25\n");
        CliRun run = CliProcess.Run(_folder, ["compute", "transactions", file, "--preset-file", json, .. January]);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(",revenue in window,1234.5,CustomerActivity.Compute", run.Output, StringComparison.Ordinal);

        CliRun list = CliProcess.Run(_folder, "presets", "--preset-file", json);
        Assert.True(list.ExitCode == 0, list.ToString());
        foreach (string expected in (string[])["my-shop", "Kunde", "Betrag", "dd.MM.yyyy", "shopify-orders", "Created at", "ga4-purchases", "user_pseudo_id", "fxiaoke-sales-orders"])
        {
            Assert.Contains(expected, list.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void UnknownPreset_ListsTheNames()
    {
        string file = Write("orders.csv", Shopify);
        CliRun run = CliProcess.Run(_folder, "rfm", file, "--preset", "shopify", "--as-of", "2024-03-01");
        CliProcess.BadInput(run, "crmkpi: No preset named 'shopify'; the presets are salesforce-opportunities,");
    }

    [Fact]
    public void BadPresetFile_NamesTheFileAndTheProblem()
    {
        string json = Write("bad.json", """{ "name": "x", "customer": "c", "date": "d", "amount": "a", "timezone": "UTC" }""");
        string file = Write("orders.csv", Shopify);
        CliRun run = CliProcess.Run(_folder, "rfm", file, "--preset-file", json, "--as-of", "2024-03-01");
        CliProcess.BadInput(run, "crmkpi: bad.json: preset 1 has an unknown property 'timezone'");
    }
}
