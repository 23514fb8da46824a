using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using NodaTime;

namespace CrmKpi.Samples.Sections;

/// <summary>
/// Satisfaction, call-center and staffing metrics (catalog S1-S4, C1-C7, C10, C11, C13) over the bundled
/// synthetic call log, agent time and survey in samples/data/service (see its README).
/// </summary>
public sealed class ServiceSection : IReportSection
{
    private static readonly Duration Threshold = Duration.FromSeconds(20);
    private static readonly Duration ShortAbandon = Duration.FromSeconds(5);
    private static readonly Duration Patience = Duration.FromSeconds(120);

    /// <inheritdoc/>
    public void Write(Report report, SampleData data)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(data);
        double[][] calls = ReadCsv(data.PathOf("service", "calls.csv"), 8);
        double[][] agents = ReadCsv(data.PathOf("service", "agents.csv"), 3);
        double[][] survey = ReadCsv(data.PathOf("service", "survey.csv"), 3);

        report.Section("Service: satisfaction survey (S1-S3)");
        byte[] nps = survey[0].Select(v => (byte)v).ToArray();
        NpsResult result = Satisfaction.Nps(nps);
        (double lower, double upper) = result.ConfidenceInterval(0.95);
        report.Value("Responses", result.Count, "N0");
        report.Value("Promoters / passives / detractors", $"{result.Promoters} / {result.Passives} / {result.Detractors}");
        report.Value("NPS (S1)", result.Score, "F1", $"SE {Report.Format(result.StandardError, "F2")}, 95% CI [{Report.Format(lower, "F1")}, {Report.Format(upper, "F1")}]");
        int[] csat = survey[1].Select(v => (int)v).ToArray();
        report.Value("CSAT mean, 1-5 (S2)", Satisfaction.Csat(csat, 1, 5), "F3");
        report.Percent("CSAT top-two-box, 4-5 (S2)", Satisfaction.CsatTopBox(csat, 1, 5, 2));
        report.Value("CES mean, 1-7 (S3)", Satisfaction.Ces(survey[2].Select(v => (int)v).ToArray(), 1, 7), "F3");

        report.Section("Service: call center (C1-C7, C10)");
        bool[] abandoned = calls[6].Select(v => v != 0).ToArray(), blocked = calls[7].Select(v => v != 0).ToArray();
        var columns = new CallColumns(calls[2], calls[3], calls[4], calls[5], abandoned, blocked);
        CallCenterSummary s = CallCenter.Summarize(columns, Threshold, ShortAbandon);
        report.Value("Call attempts / answered / abandoned / blocked", $"{s.Calls} / {s.Answered} / {s.Abandoned} / {s.Blocked}");
        report.Percent("SL 20 s, abandoned in denominator (C1)", s.ServiceLevel(ServiceLevelDefinition.AbandonedInDenominator));
        report.Percent("SL 20 s, abandoned after T counted (C1)", s.ServiceLevel(ServiceLevelDefinition.AbandonedAfterThresholdInDenominator));
        report.Percent("SL 20 s, abandoned excluded (C1)", s.ServiceLevel(ServiceLevelDefinition.AbandonedExcluded));
        report.Percent("SL 20 s, abandoned within T met (C1)", s.ServiceLevel(ServiceLevelDefinition.AbandonedWithinThresholdAsMet), "short abandons < 5 s dropped");

        report.Value("ASA (C2)", s.AverageSpeedOfAnswer, "F1", "seconds");
        report.Percent("Abandonment rate (C3)", s.AbandonmentRate, "short abandons < 5 s dropped");
        report.Value("Average talk time (C4)", s.AverageTalkTime, "F1", "seconds");
        report.Value("After-call work (C5)", s.AverageAfterCallWork, "F1", "seconds");
        report.Value("AHT, talk + hold + ACW (C6)", s.AverageHandleTime(HandleTimeDefinition.TalkHoldAfterCallWork), "F1", "seconds");
        report.Value("AHT, talk + ACW (C6, source 004)", s.AverageHandleTime(HandleTimeDefinition.TalkAfterCallWork), "F1", "seconds");
        var agentColumns = new AgentColumns(agents[1], agents[2]);
        report.Percent("Utilization, staffed time (C7)", CallCenter.Utilization(s, agentColumns, UtilizationBase.StaffedTime));
        report.Percent("Occupancy, available time (C7)", CallCenter.Utilization(s, agentColumns, UtilizationBase.AvailableTime));
        report.Percent("Blocked share (C10)", s.BlockedShare);

        report.Section("Service: staffing per half hour, Erlang C and A (C11, C13)");
        int intervals = (int)calls[0].Max() + 1;
        var volume = new CallVolume[intervals];
        CallCenter.Volume(columns, calls[0].Select(v => (int)v).ToArray(), volume);
        double aht = s.AverageHandleTime(HandleTimeDefinition.TalkHoldAfterCallWork);
        Duration averageHandleTime = Duration.FromSeconds(aht);
        var rows = new List<IReadOnlyList<string>>();
        for (int i = 0; i < intervals; i++)
        {
            double traffic = Staffing.TrafficErlangs(volume[i].Calls - volume[i].Blocked, averageHandleTime, Duration.FromMinutes(30));
            int required = Staffing.ErlangCAgentsRequired(traffic, averageHandleTime, Threshold, 0.8);
            rows.Add([
                $"{8 + (i / 2):00}:{(i % 2) * 30:00}",
                volume[i].Calls.ToString(CultureInfo.InvariantCulture),
                Report.Format(traffic, "F2"),
                required.ToString(CultureInfo.InvariantCulture),
                Report.Format(Staffing.ErlangAServiceLevel(traffic, ServiceDataGenerator.Agents, averageHandleTime, Patience, Threshold), "P1"),
                Report.Format(Staffing.ErlangA(traffic, ServiceDataGenerator.Agents, averageHandleTime, Patience).ProbabilityOfAbandonment, "P1"),
            ]);
        }

        report.Text($"  AHT {Report.Format(aht, "F1")} s; target 80% in 20 s; {ServiceDataGenerator.Agents} agents staffed; Erlang A with 120 s mean patience.");
        report.Table(["interval", "calls", "Erlangs", "Erlang C agents", "Erlang A SL", "Erlang A abandon"], rows);
    }

    /// <summary>Reads a CSV of numbers with a header line into columns.</summary>
    /// <summary>Reads the numeric columns of a bundled CSV file; a bad number names its file, line and column.</summary>
    internal static double[][] ReadCsv(string path, int columns)
    {
        var data = Enumerable.Range(0, columns).Select(_ => new List<double>()).ToArray();
        foreach ((_, int line, string[] fields) in CsvRows.Read(path, columns))
        {
            for (int c = 0; c < columns; c++)
            {
                if (!double.TryParse(fields[c], NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
                {
                    throw DataFileException.At(path, line, $"column {c + 1}: '{fields[c]}' is not a number.");
                }

                data[c].Add(value);
            }
        }

        return data.Select(c => c.ToArray()).ToArray();
    }
}
