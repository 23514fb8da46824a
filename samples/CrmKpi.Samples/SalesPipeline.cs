using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using NodaTime;

namespace CrmKpi.Samples;

/// <summary>The synthetic sales pipeline, quotas and campaigns of samples/data/sales (see its README), in columns.</summary>
public sealed class SalesPipeline
{
    public required int[] Reps { get; init; }

    public required LocalDate[] FirstContact { get; init; }

    public required LocalDate?[] CloseDate { get; init; }

    public required DealOutcome[] Outcomes { get; init; }

    public required double[] Amounts { get; init; }

    public required double[] Probabilities { get; init; }

    public required double[] Quotas { get; init; }

    public required Campaign[] Campaigns { get; init; }

    /// <summary>One campaign's funnel, spend and channel results.</summary>
    public sealed record Campaign(string Name, string Channel, long Reached, long Engaged, long Responders, long Purchasers, double PlannedCost, double Cost, double Revenue, long Impressions, long Clicks, long Conversions);

    /// <exception cref="DataFileException">A file is missing or a line is malformed.</exception>
    public static SalesPipeline Load(string folder)
    {
        var inv = CultureInfo.InvariantCulture;
        var deals = CsvRows.Read(Path.Combine(folder, "pipeline.csv"), 7).ToList();
        var quotas = CsvRows.Read(Path.Combine(folder, "quotas.csv"), 2).ToList();
        var campaigns = CsvRows.Read(Path.Combine(folder, "campaigns.csv"), 12).ToList();
        return new SalesPipeline
        {
            Reps = deals.Select(r => int.Parse(r.Fields[1], inv)).ToArray(),
            FirstContact = deals.Select(r => Date(r.Fields[2])).ToArray(),
            CloseDate = deals.Select(r => r.Fields[3].Length == 0 ? (LocalDate?)null : Date(r.Fields[3])).ToArray(),
            Outcomes = deals.Select(r => r.Fields[4] switch
            {
                "won" => DealOutcome.Won,
                "lost" => DealOutcome.Lost,
                "open" => DealOutcome.Open,
                _ => throw DataFileException.At(r.Path, r.Line, $"column 5: '{r.Fields[4]}' is not open, won or lost."),
            }).ToArray(),
            Amounts = deals.Select(r => double.Parse(r.Fields[5], inv)).ToArray(),
            Probabilities = deals.Select(r => double.Parse(r.Fields[6], inv)).ToArray(),
            Quotas = quotas.OrderBy(r => int.Parse(r.Fields[0], inv)).Select(r => double.Parse(r.Fields[1], inv)).ToArray(),
            Campaigns = campaigns.Select(r => new Campaign(
                r.Fields[0], r.Fields[1], long.Parse(r.Fields[2], inv), long.Parse(r.Fields[3], inv), long.Parse(r.Fields[4], inv), long.Parse(r.Fields[5], inv),
                double.Parse(r.Fields[6], inv), double.Parse(r.Fields[7], inv), double.Parse(r.Fields[8], inv),
                long.Parse(r.Fields[9], inv), long.Parse(r.Fields[10], inv), long.Parse(r.Fields[11], inv))).ToArray(),
        };

        static LocalDate Date(string text) => LocalDate.FromDateOnly(DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture));
    }
}
