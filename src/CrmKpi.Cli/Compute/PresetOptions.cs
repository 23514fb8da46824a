using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using CrmKpi.Cli.Data;
using CrmKpi.Data;

namespace CrmKpi.Cli.Compute;

/// <summary>
/// <c>--preset</c> and <c>--preset-file</c>: the layout of a known export (CrmKpi.Data's <see cref="Presets"/>)
/// or of the user's own, as defaults that the other reading options override when given.
/// </summary>
internal static class PresetOptions
{
    /// <summary>The <c>--preset NAME</c> option.</summary>
    public static Option<string?> Preset() => new("--preset")
    {
        Description = "Read the file as a known export: its columns, date format, time zone and culture ('crmkpi presets' lists them: shopify-orders, salesforce-opportunities, ...). Options given on the command line override the preset's.",
        HelpName = "name",
    };

    /// <summary>The <c>--preset-file FILE</c> option.</summary>
    public static Option<string?> PresetFile() => new("--preset-file")
    {
        Description = "A JSON file defining your own presets (docs/data.md, \"Export presets\"); --preset picks one by name, or the file's only one is used.",
        HelpName = "file",
    };

    /// <summary>The preset asked for, or null when neither option is given.</summary>
    /// <exception cref="CliException">The file cannot be read or is not a preset file, or no preset has the name.</exception>
    public static ExportPreset? Resolve(string? name, string? file)
    {
        if (name is null && file is null)
        {
            return null;
        }

        IReadOnlyList<ExportPreset> own = file is null ? [] : Load(file);
        if (name is null)
        {
            return own.Count == 1 ? own[0]
                : throw new CliException($"{file} defines {own.Count} presets ({string.Join(", ", own.Select(p => p.Name))}); pick one with --preset.");
        }

        try
        {
            return Presets.Find(name, [.. own, .. Presets.All]);
        }
        catch (ArgumentException e)
        {
            throw new CliException(e.Message.Replace(" (Parameter 'name')", "", StringComparison.Ordinal) + " ('crmkpi presets' lists them with their columns.)");
        }
    }

    /// <summary>Reads a preset file.</summary>
    /// <exception cref="CliException">The file cannot be read or is not a preset file.</exception>
    public static IReadOnlyList<ExportPreset> Load(string file)
    {
        try
        {
            return Presets.Load(file);
        }
        catch (FormatException e)
        {
            throw new CliException(e.Message);
        }
        catch (FileNotFoundException)
        {
            throw new CliException($"{file}: preset file not found.");
        }
        catch (DirectoryNotFoundException)
        {
            throw new CliException($"{file}: preset file not found.");
        }
    }

    /// <summary>The CSV options with the preset's date format, separator, culture, zone and currency symbols where the command line gives none.</summary>
    public static CsvOptions Apply(CsvOptions options, ExportPreset preset, ParseResult result, Option<string> dateFormat, Option<string> delimiter) => options with
    {
        DateFormat = Given(result, dateFormat) ? options.DateFormat : preset.DateFormat ?? "yyyy-MM-dd",
        Delimiter = Given(result, delimiter) ? options.Delimiter : preset.Separator == '\t' ? "tab" : preset.Separator.ToString(),
        Culture = options.Culture ?? preset.CultureName,
        TimeZone = options.TimeZone ?? preset.TimeZoneId,
        AllowCurrency = options.AllowCurrency || preset.AllowCurrencySymbol,
    };

    private static bool Given(ParseResult result, Option option) => result.GetResult(option) is { Implicit: false };
}
