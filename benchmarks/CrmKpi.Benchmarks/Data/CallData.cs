using System;

namespace CrmKpi.Benchmarks.Data;

/// <summary>
/// A deterministic call log in columns (waits, talk, hold and after-call work in seconds; abandoned and
/// blocked flags) and a survey of 0-10 answers, generated from a fixed seed so every run measures the same bytes.
/// </summary>
public sealed class CallData
{
    private CallData(double[] wait, double[] talk, double[] hold, double[] work, bool[] abandoned, bool[] blocked, byte[] answers)
    {
        Wait = wait;
        Talk = talk;
        Hold = hold;
        Work = work;
        Abandoned = abandoned;
        Blocked = blocked;
        NpsAnswers = answers;
    }

    public double[] Wait { get; }

    public double[] Talk { get; }

    public double[] Hold { get; }

    public double[] Work { get; }

    public bool[] Abandoned { get; }

    public bool[] Blocked { get; }

    public byte[] NpsAnswers { get; }

    public CallColumns Columns => new(Wait, Talk, Hold, Work, Abandoned, Blocked);

    /// <summary>Generates <paramref name="calls"/> calls (8% abandoned, 1% blocked) and as many NPS answers.</summary>
    public static CallData Generate(int calls = 10_000_000, int seed = 42)
    {
        var random = new Random(seed);
        double[] wait = new double[calls], talk = new double[calls], hold = new double[calls], work = new double[calls];
        bool[] abandoned = new bool[calls], blocked = new bool[calls];
        byte[] answers = new byte[calls];
        for (int i = 0; i < calls; i++)
        {
            wait[i] = Math.Round(-Math.Log(1 - random.NextDouble()) * 25, 1);
            talk[i] = Math.Round(-Math.Log(1 - random.NextDouble()) * 240, 1);
            hold[i] = random.Next(5) == 0 ? Math.Round(random.NextDouble() * 60, 1) : 0;
            work[i] = Math.Round(random.NextDouble() * 60, 1);
            int kind = random.Next(100);
            blocked[i] = kind == 0;
            abandoned[i] = kind is > 0 and <= 8;
            answers[i] = (byte)random.Next(11);
        }

        return new CallData(wait, talk, hold, work, abandoned, blocked, answers);
    }
}
