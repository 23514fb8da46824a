using System;
using System.Globalization;
using System.IO;
using System.Linq;

namespace CrmKpi.Tests;

/// <summary><c>crmkpi compute calls</c> and <c>compute survey</c> reading through CrmKpi.Data's CallCsv and SurveyCsv into logs.</summary>
public class ServiceComputeTests
{
    [Fact]
    public void ComputeSurvey_AliasesBomSemicolon_HandCalculatedScores()
    {
        // 3 promoters (10, 9, 10), 2 passives (8, 7), 2 detractors (6, 0): NPS 100 / 7; CSAT 25 / 7 on 1-5; CES 20 / 7 on 1-7.
        string file = TempFile("survey.csv", "\uFEFFrespondent;recommend;csat;effort\r\nr1;10;5;2\r\nr2;9;4;1\r\nr3;8;3;7\r\nr4;7;5;3\r\nr5;6;2;4\r\nr6;0;1;1\r\nr7;10;5;2\r\n");
        CliRun run = CliProcess.Run(Path.GetDirectoryName(file)!, "compute", "survey", file, "--delimiter", ";", "--format", "csv");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("7", Value(run, "answers (rows)"));
        Assert.Equal("3 / 2 / 2", Value(run, "promoters / passives / detractors"));
        Assert.Equal(100.0 / 7, Number(run, "net promoter score"), 12);
        Assert.Equal(25.0 / 7, Number(run, "\"CSAT, mean on 1-5\""), 12);
        Assert.Equal(20.0 / 7, Number(run, "\"CES, mean on 1-7\""), 12);
    }

    [Fact]
    public void ComputeSurvey_OffScaleAnswer_StrictNamesLineAndColumn_LenientSkipsTheRespondent()
    {
        string file = TempFile("survey.csv", "csat,nps\n5,10\n4,11\n1,9\n");
        CliProcess.BadInput(CliProcess.Run(Path.GetDirectoryName(file)!, "compute", "survey", file), ":3:2: nps answer 11 in column 'nps' is off the scale 0..10.");

        CliRun lenient = CliProcess.Run(Path.GetDirectoryName(file)!, "compute", "survey", file, "--strict", "false", "--format", "csv");
        Assert.True(lenient.ExitCode == 0, lenient.ToString());
        Assert.Contains("skipped 1 row", lenient.Error, StringComparison.Ordinal);
        Assert.Equal("2", Value(lenient, "answers (rows)"));
        Assert.Equal(100, Number(lenient, "net promoter score"), 12);   // 10 and 9: both promoters
    }

    [Fact]
    public void ComputeCalls_NegativeTime_StrictNamesLineAndColumn_LenientSkipsTheCall()
    {
        string file = TempFile("calls.csv", "wait_s,talk_s,hold_s,acw_s,abandoned\n10,100,0,20,0\n30,-1,0,0,0\n20,200,0,40,0\n");
        CliProcess.BadInput(CliProcess.Run(Path.GetDirectoryName(file)!, "compute", "calls", file), ":3:2: negative time -1 in column 'talk_s' (talk)");

        CliRun lenient = CliProcess.Run(Path.GetDirectoryName(file)!, "compute", "calls", file, "--strict", "false", "--format", "csv");
        Assert.True(lenient.ExitCode == 0, lenient.ToString());
        Assert.Equal("2", Value(lenient, "calls (attempts)"));
        Assert.Equal(15, Number(lenient, "average speed of answer (s)"), 12);   // (10 + 20) / 2
    }

    [Fact]
    public void ComputeCalls_NamedColumns_DecimalCommaCulture()
    {
        string file = TempFile("calls.csv", "Queue;Talk;Hold;Wrap;Gave up\n12,5;100;0;30;nein\n");
        CliRun bad = CliProcess.Run(Path.GetDirectoryName(file)!, "compute", "calls", file, "--delimiter", ";", "--culture", "de-DE",
            "--wait-column", "Queue", "--talk-column", "Talk", "--hold-column", "Hold", "--acw-column", "Wrap", "--abandoned-column", "Gave up");
        CliProcess.BadInput(bad, ":2:5: 'nein' is not a flag");

        File.WriteAllText(file, "Queue;Talk;Hold;Wrap;Gave up\n12,5;100;0;30;no\n7,5;0;0;0;yes\n");
        CliRun run = CliProcess.Run(Path.GetDirectoryName(file)!, "compute", "calls", file, "--delimiter", ";", "--culture", "de-DE", "--format", "csv",
            "--wait-column", "Queue", "--talk-column", "Talk", "--hold-column", "Hold", "--acw-column", "Wrap", "--abandoned-column", "Gave up");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(12.5, Number(run, "average speed of answer (s)"), 12);
        Assert.Equal(0.5, Number(run, "abandonment rate"), 12);
    }

    private static string Value(CliRun run, string metric)
    {
        string line = run.Output.Split('\n').Single(l => l.Contains("," + metric + ",", StringComparison.Ordinal));
        string rest = line[(line.IndexOf("," + metric + ",", StringComparison.Ordinal) + metric.Length + 2)..];
        return rest[..rest.LastIndexOf(',')];
    }

    private static double Number(CliRun run, string metric) => double.Parse(Value(run, metric), CultureInfo.InvariantCulture);

    private static string TempFile(string name, string text)
    {
        string folder = Path.Combine(Path.GetTempPath(), "crmkpi-service-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        string path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
