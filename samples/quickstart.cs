#!/usr/bin/env dotnet
// CrmKpi quickstart: a .NET 10 file-based program. From the repository root:
//
//     dotnet run samples/quickstart.cs
//
// It reads the bundled CDNOW purchase log (samples/data/cdnow/CDNOW_master.txt: 69,659 purchases by
// 23,570 customers, 1997-01-01 to 1998-06-30) into a TransactionLog in one call and prints the
// headline KPIs. The same steps are in samples/notebook.ipynb.
#:project ../src/CrmKpi/CrmKpi.csproj
#:project ../src/CrmKpi.Data/CrmKpi.Data.csproj

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CrmKpi;
using CrmKpi.Data;
using NodaTime;

// 1. Load the log in one call: CDNOW_master.txt is space-aligned text (customer_id date number_of_cds
//    dollar_value, dates yyyyMMdd). Customer ids become dense indexes 0..n-1 with the ids kept in
//    log.Customers; dates are NodaTime LocalDates. A CSV export needs only TransactionCsv.Load(path).
string folder = AppContext.GetData("EntryPointFileDirectoryPath") as string ?? Path.Combine(Directory.GetCurrentDirectory(), "samples");
string path = Path.Combine(folder, "data", "cdnow", "CDNOW_master.txt");
TransactionLog log = TransactionCsv.Load(path, new TransactionCsvOptions
{
    SpaceAligned = true,
    DateFormat = "yyyyMMdd",
    AmountColumn = "dollar_value",
    QuantityColumn = "number_of_cds",
});
Console.WriteLine($"CDNOW: {log.Length:N0} purchases by {log.CustomerCount:N0} customers");
ReadOnlySpan<double> amountColumn = log.Amounts;
ReadOnlySpan<int> itemColumn = log.ItemCounts;

// 2. Acquisition and value per customer, by calendar window.
var year1997 = new DateInterval(new LocalDate(1997, 1, 1), new LocalDate(1997, 12, 31));
var q1 = new DateInterval(new LocalDate(1997, 1, 1), new LocalDate(1997, 3, 31));
Console.WriteLine($"A9  new customers in Q1 1997:          {Acquisition.NewCustomers(log, q1):N0}");
Console.WriteLine($"A4  ARPU in 1997:                      {Acquisition.Arpu(log, year1997):F2} USD");
Console.WriteLine($"A7  purchase frequency in 1997:        {CustomerValue.PurchaseFrequency(log, year1997):F3} purchases per customer");
Console.WriteLine($"A5  average order value (all):         {CustomerValue.AverageOrderValue(amountColumn):F2} USD");
Console.WriteLine($"A6  items per transaction (all):       {CustomerValue.ItemsPerTransaction(itemColumn):F3} CDs");

// 3. Lifetime value: historical per customer, and the formula variants from those averages.
double[] historical = Lifetime.HistoricalClv(log);
double meanHistorical = historical.Average();
Console.WriteLine($"V1  historical CLV, mean per customer: {meanHistorical:F2} USD (top customer {historical.Max():F2})");
double aov = CustomerValue.AverageOrderValue(amountColumn);
double frequency = CustomerValue.PurchaseFrequency(log, year1997);
Console.WriteLine($"V2  simple CLV over an assumed 3-year life: {Lifetime.SimpleClv(aov, frequency, 3):F2} USD");
Console.WriteLine($"V4  retention-discount CLV (margin 30% of ARPU, r = 0.6, d = 10%): {Lifetime.RetentionDiscountClv(0.3 * Acquisition.Arpu(log, year1997), 0.6, 0.1):F2} USD");

// 4. Acquisition economics for a campaign that cost 50,000 USD and brought the Q1 cohort.
double cac = Acquisition.Cac(spend: 50_000, newCustomers: Acquisition.NewCustomers(log, q1));
Console.WriteLine($"A1  CAC of a 50,000 USD campaign:      {cac:F2} USD; A3 CLV/CAC = {Acquisition.ClvToCac(meanHistorical, cac):F2}");

// 5. Service: NPS of ten survey answers and Erlang C staffing for 360 calls per half hour of 240 s.
NpsResult nps = Satisfaction.Nps([10, 9, 9, 8, 7, 10, 6, 3, 9, 10]);
Console.WriteLine($"S1  NPS of 10 answers:                 {nps.Score:F0} (standard error {nps.StandardError:F1})");
double traffic = Staffing.TrafficErlangs(calls: 360, averageHandleTime: Duration.FromSeconds(240), interval: Duration.FromMinutes(30));
int agents = Staffing.ErlangCAgentsRequired(traffic, Duration.FromSeconds(240), threshold: Duration.FromSeconds(20), targetServiceLevel: 0.8);
Console.WriteLine($"C13 agents for 80% within 20 s at {traffic} Erlangs: {agents}");
