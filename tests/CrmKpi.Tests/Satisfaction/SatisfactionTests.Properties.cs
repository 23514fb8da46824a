using System;
using System.Linq;
using CrmKpi.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace CrmKpi.Tests;

public partial class SatisfactionTests
{
    [Property]
    public Property Nps_Score_EqualsPromoterShareMinusDetractorShareAndLiesInRange() =>
        Prop.ForAll(ServiceGens.NpsAnswers.Where(a => a.Length > 0).ToArbitrary(), answers =>
        {
            NpsResult nps = CrmKpi.Satisfaction.Nps(answers);
            double p = answers.Count(a => a >= 9) * 100.0 / answers.Length;
            double d = answers.Count(a => a <= 6) * 100.0 / answers.Length;
            return Approx.Close(p - d, nps.Score, Tolerances.FewUlpsRelative) && nps.Score is >= -100 and <= 100
                && nps.PromoterShare is >= 0 and <= 1 && nps.DetractorShare is >= 0 and <= 1
                && nps.Count == answers.Length;
        });

    [Fact]
    public void Nps_ByteVectorPath_EqualsNaiveCountForEveryLength()
    {
        // Lengths 0..600 cover empty, sub-vector, several 127-pair blocks' worth of remainders; the slice sits
        // inside poison bytes (200) that must never be read.
        var random = new Random(42);
        byte[] buffer = new byte[700];
        for (int length = 0; length <= 600; length++)
        {
            Array.Fill(buffer, (byte)200);
            for (int i = 0; i < length; i++)
            {
                buffer[7 + i] = (byte)random.Next(11);
            }

            ReadOnlySpan<byte> answers = buffer.AsSpan(7, length);
            NpsResult nps = CrmKpi.Satisfaction.Nps(answers);
            int promoters = 0, detractors = 0;
            foreach (byte a in answers)
            {
                promoters += a >= 9 ? 1 : 0;
                detractors += a <= 6 ? 1 : 0;
            }

            Assert.Equal((promoters, detractors), ((int)nps.Promoters, (int)nps.Detractors));
        }
    }

    [Fact]
    public void Nps_LongInput_CountsPastTheByteCounterFlush()
    {
        // 100,003 answers: far more than 127 pairs of vectors, so the byte counters are flushed many times.
        byte[] answers = new byte[100_003];
        for (int i = 0; i < answers.Length; i++)
        {
            answers[i] = (byte)(i % 11);
        }

        NpsResult nps = CrmKpi.Satisfaction.Nps(answers);
        Assert.Equal(answers.Count(a => a >= 9), nps.Promoters);
        Assert.Equal(answers.Count(a => a <= 6), nps.Detractors);
    }

    [Property]
    public Property Nps_PermutingAnswers_ChangesNothing() =>
        Prop.ForAll(ServiceGens.NpsAnswers.ToArbitrary(), answers =>
        {
            byte[] reversed = answers.Reverse().ToArray();
            return CrmKpi.Satisfaction.Nps(answers) == CrmKpi.Satisfaction.Nps(reversed);
        });

    [Property]
    public Property Nps_ConfidenceInterval_ContainsScoreAndWidensWithLevel() =>
        Prop.ForAll(ServiceGens.NpsAnswers.Where(a => a.Length > 1).ToArbitrary(), answers =>
        {
            NpsResult nps = CrmKpi.Satisfaction.Nps(answers);
            (double l90, double u90) = nps.ConfidenceInterval(0.90);
            (double l99, double u99) = nps.ConfidenceInterval(0.99);
            return l99 <= l90 && l90 <= nps.Score && nps.Score <= u90 && u90 <= u99 && l99 >= -100 && u99 <= 100;
        });

    [Property]
    public Property CsatTopBox_SpanForm_EqualsCountForm() =>
        Prop.ForAll(Gen.Choose(1, 5).ArrayOf().ToArbitrary(), scores =>
        {
            double share = CrmKpi.Satisfaction.CsatTopBox(scores, 1, 5, 2);
            double expected = CrmKpi.Satisfaction.CsatTopBox(scores.Count(s => s >= 4), scores.Length);
            return share.Equals(expected) && (scores.Length == 0 || share is >= 0 and <= 1);
        });
}
