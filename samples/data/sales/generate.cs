// Generates the synthetic sales pipeline and campaign files of this folder, deterministically.
// Run from the repository root:  dotnet run samples/data/sales/generate.cs -- samples/data/sales
// The same seed always writes the same bytes. The numbers are synthetic: they illustrate the
// calculators and are not data from any company.
using System;
using System.Globalization;
using System.IO;
using System.Text;

string folder = args.Length > 0 ? args[0] : ".";
var random = new Random(20240601);
var inv = CultureInfo.InvariantCulture;
var start = new DateOnly(2024, 1, 1);
var end = new DateOnly(2024, 12, 31);

var deals = new StringBuilder("deal_id,rep,first_contact,close_date,outcome,amount,probability\n");
double[] stages = [0.1, 0.25, 0.5, 0.75, 0.9];
for (int id = 1; id <= 400; id++)
{
    int rep = random.Next(6);
    DateOnly first = start.AddDays(random.Next(366));
    int cycle = 7 + (int)(random.NextDouble() * random.NextDouble() * 150) + (rep * 4);
    DateOnly close = first.AddDays(cycle);
    double amount = Math.Round(2_000 + (random.NextDouble() * 48_000), 2);
    string outcome, closeText;
    double probability;
    if (close > end)
    {
        outcome = "open";
        closeText = "";
        probability = stages[random.Next(stages.Length)];
    }
    else
    {
        bool won = random.NextDouble() < 0.30 + (rep * 0.03);
        outcome = won ? "won" : "lost";
        closeText = close.ToString("yyyy-MM-dd", inv);
        probability = won ? 1 : 0;
    }

    deals.Append(inv, $"{id},{rep},{first:yyyy-MM-dd},{closeText},{outcome},{amount.ToString("F2", inv)},{probability.ToString(inv)}\n");
}

File.WriteAllText(Path.Combine(folder, "pipeline.csv"), deals.ToString());

var quotas = new StringBuilder("rep,quota\n");
for (int rep = 0; rep < 6; rep++)
{
    quotas.Append(inv, $"{rep},{(600_000 + (rep * 50_000)).ToString(inv)}\n");
}

File.WriteAllText(Path.Combine(folder, "quotas.csv"), quotas.ToString());

var campaigns = new StringBuilder("campaign,channel,reached,engaged,responders,purchasers,planned_cost,cost,revenue,impressions,clicks,conversions\n");
string[] channels = ["email", "search", "social", "display"];
for (int c = 1; c <= 8; c++)
{
    string channel = channels[(c - 1) % channels.Length];
    int reached = 5_000 + random.Next(20_000);
    int engaged = (int)(reached * (0.05 + (random.NextDouble() * 0.15)));
    int responders = (int)(engaged * (0.3 + (random.NextDouble() * 0.4)));
    int purchasers = (int)(responders * (0.1 + (random.NextDouble() * 0.3)));
    double planned = 10_000 + random.Next(30_000);
    double cost = Math.Round(planned * (0.8 + (random.NextDouble() * 0.4)), 2);
    double revenue = Math.Round(purchasers * (60 + (random.NextDouble() * 140)), 2);
    int impressions = reached * (3 + random.Next(5));
    int clicks = (int)(impressions * (0.005 + (random.NextDouble() * 0.03)));
    int conversions = Math.Min(purchasers, clicks);
    campaigns.Append(inv, $"C{c},{channel},{reached},{engaged},{responders},{purchasers},{planned.ToString(inv)},{cost.ToString("F2", inv)},{revenue.ToString("F2", inv)},{impressions},{clicks},{conversions}\n");
}

File.WriteAllText(Path.Combine(folder, "campaigns.csv"), campaigns.ToString());
Console.WriteLine($"wrote pipeline.csv, quotas.csv and campaigns.csv to {Path.GetFullPath(folder)}");
