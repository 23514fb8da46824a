using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace CrmKpi.Samples;

/// <summary>
/// Writes the bundled synthetic service data (samples/data/service): a call log simulated from an
/// M/M/n+M queue, the agents' time and a satisfaction survey. Deterministic: a fixed seed and
/// culture-invariant formatting, so the files are byte-for-byte the same on every run.
/// Run: <c>dotnet run -c Release --project samples/CrmKpi.Samples -- --generate-service-data samples/data/service</c>.
/// </summary>
public static class ServiceDataGenerator
{
    /// <summary>Half-hour intervals simulated (08:00 to 18:00).</summary>
    public const int Intervals = 20;

    /// <summary>Agents on the phones all day.</summary>
    public const int Agents = 14;

    private const int Seed = 20240601;
    private const double IntervalSeconds = 1_800;
    private const double MeanTalkSeconds = 180;
    private const double MeanPatienceSeconds = 120;

    /// <summary>Calls per half hour, a typical morning and early-afternoon peak.</summary>
    private static readonly int[] CallsPerInterval = [60, 80, 100, 120, 130, 130, 120, 110, 100, 95, 110, 120, 125, 115, 100, 90, 80, 70, 60, 50];

    /// <summary>Writes calls.csv, agents.csv and survey.csv into <paramref name="folder"/>.</summary>
    public static int Run(string folder)
    {
        Directory.CreateDirectory(folder);
        var random = new Random(Seed);
        WriteCalls(Path.Combine(folder, "calls.csv"), random, out double[] busySeconds);
        WriteAgents(Path.Combine(folder, "agents.csv"), random, busySeconds);
        WriteSurvey(Path.Combine(folder, "survey.csv"), random);
        Console.WriteLine($"wrote calls.csv, agents.csv and survey.csv to {folder}");
        return 0;
    }

    private static double Exponential(Random random, double mean) => -Math.Log(1 - random.NextDouble()) * mean;

    /// <summary>
    /// First-come-first-served simulation with abandonment: a caller's wait is the time until the earliest
    /// agent frees up; callers whose patience runs out first hang up and take no agent. 0.5% of attempts
    /// find the trunks busy (blocked).
    /// </summary>
    private static void WriteCalls(string path, Random random, out double[] busySeconds)
    {
        double[] agentFree = new double[Agents];
        busySeconds = new double[Agents];
        var text = new StringBuilder("interval,offered_second,wait_seconds,talk_seconds,hold_seconds,acw_seconds,abandoned,blocked\n");
        for (int interval = 0; interval < Intervals; interval++)
        {
            double rate = CallsPerInterval[interval] / IntervalSeconds;
            double t = interval * IntervalSeconds;
            while (true)
            {
                t += Exponential(random, 1 / rate);
                if (t >= (interval + 1) * IntervalSeconds)
                {
                    break;
                }

                double talk = Math.Round(Exponential(random, MeanTalkSeconds), 1);
                double hold = random.Next(5) == 0 ? Math.Round(random.NextDouble() * 60, 1) : 0;
                double acw = Math.Round(10 + (random.NextDouble() * 40), 1);
                double patience = Exponential(random, MeanPatienceSeconds);
                bool blocked = random.Next(200) == 0;
                int agent = 0;
                for (int a = 1; a < Agents; a++)
                {
                    agent = agentFree[a] < agentFree[agent] ? a : agent;
                }

                double wait = Math.Max(0, agentFree[agent] - t);
                bool abandoned = !blocked && patience < wait;
                if (blocked)
                {
                    (wait, talk, hold, acw) = (0, 0, 0, 0);
                }
                else if (abandoned)
                {
                    (wait, talk, hold, acw) = (Math.Round(patience, 1), 0, 0, 0);
                }
                else
                {
                    wait = Math.Round(wait, 1);
                    agentFree[agent] = t + wait + talk + hold + acw;
                    busySeconds[agent] += talk + hold + acw;
                }

                text.Append(CultureInfo.InvariantCulture,
                    $"{interval},{t:F1},{wait:F1},{talk:F1},{hold:F1},{acw:F1},{(abandoned ? 1 : 0)},{(blocked ? 1 : 0)}\n");
            }
        }

        File.WriteAllText(path, text.ToString());
    }

    /// <summary>Each agent is staffed the whole day; available time is staffed time minus breaks (30 to 60 minutes), never below busy time.</summary>
    private static void WriteAgents(string path, Random random, double[] busySeconds)
    {
        var text = new StringBuilder("agent,staffed_seconds,available_seconds\n");
        double staffed = Intervals * IntervalSeconds;
        for (int a = 0; a < Agents; a++)
        {
            double available = Math.Max(busySeconds[a], staffed - (1_800 + (random.NextDouble() * 1_800)));
            text.Append(CultureInfo.InvariantCulture, $"{a},{staffed:F1},{available:F1}\n");
        }

        File.WriteAllText(path, text.ToString());
    }

    /// <summary>2,000 responses: NPS 0-10, CSAT 1-5 and CES 1-7, drawn from fixed answer distributions.</summary>
    private static void WriteSurvey(string path, Random random)
    {
        int[] npsWeights = [2, 1, 1, 2, 2, 4, 6, 10, 18, 24, 30];
        int[] csatWeights = [4, 6, 15, 40, 35];
        int[] cesWeights = [20, 30, 20, 12, 8, 6, 4];
        var text = new StringBuilder("nps,csat,ces\n");
        for (int i = 0; i < 2_000; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{Draw(random, npsWeights)},{1 + Draw(random, csatWeights)},{1 + Draw(random, cesWeights)}\n");
        }

        File.WriteAllText(path, text.ToString());
    }

    private static int Draw(Random random, IReadOnlyList<int> weights)
    {
        int total = 0;
        foreach (int w in weights)
        {
            total += w;
        }

        int pick = random.Next(total);
        for (int i = 0; i < weights.Count; i++)
        {
            pick -= weights[i];
            if (pick < 0)
            {
                return i;
            }
        }

        return weights.Count - 1;
    }
}
