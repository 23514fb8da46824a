using System;
using System.IO;
using CrmKpi.Cli;
using CrmKpi.Cli.Output;
using CrmKpi.Cli.Verify;

namespace CrmKpi.Tests;

/// <summary>The helpers that keep messages to one bounded line and compare paths as the file system does.</summary>
public class MessageTextAndPathTests
{
    [Fact]
    public void Value_LongerThan200_IsCutSayingHowMuchWasLeftOut()
    {
        string value = new('a', 1000);

        Assert.Equal(new string('a', 200) + "... (800 more characters)", MessageText.Value(value));
        Assert.Equal(new string('b', 200), MessageText.Value(new string('b', 200)));
    }

    [Fact]
    public void Line_ControlCharactersAndLoneSurrogates_AreEscaped()
    {
        Assert.Equal("a\\nb\\r\\tc\\u0000\\u001b[31m\\ud800 é 😀", MessageText.Line("a\nb\r\tc\0\u001b[31m\ud800 é 😀"));
    }

    [Theory]
    [InlineData(double.PositiveInfinity, 50.0, 1e-9, 1e-9, false)]
    [InlineData(double.NegativeInfinity, double.PositiveInfinity, 1e300, 1.0, false)]
    [InlineData(double.PositiveInfinity, double.PositiveInfinity, 0.0, 0.0, true)]
    [InlineData(double.NaN, 50.0, 1e300, 1.0, false)]
    [InlineData(double.NaN, double.NaN, 0.0, 0.0, true)]
    [InlineData(50.0, double.PositiveInfinity, 1e300, 1.0, false)]
    [InlineData(100.0, 100.5, 0.0, 0.005, true)]       // 0.5 <= 0.005 * 100
    [InlineData(100.0, 100.6, 0.5, 0.005, false)]      // 0.6 exceeds both 0.5 and 0.5
    [InlineData(1e308, -1e308, 1e-9, 1.0, false)]      // the difference overflows to Infinity
    public void WithinTolerance_InfinitiesAndNaNByMeaning(double expected, double actual, double tolerance, double relative, bool agrees)
    {
        Assert.Equal(agrees, VerifyRunner.WithinTolerance(expected, actual, tolerance, relative));
    }

    [Fact]
    public void Resolve_ThroughLinks_GivesTheTarget()
    {
        if (OperatingSystem.IsWindows())
        {
            return;   // creating links needs privileges there
        }

        string folder = Directory.CreateTempSubdirectory("crmkpi-paths-").FullName;
        try
        {
            string real = Path.Combine(folder, "real");
            Directory.CreateDirectory(real);
            File.WriteAllText(Path.Combine(real, "a.csv"), "x");
            Directory.CreateSymbolicLink(Path.Combine(folder, "alias"), "real");
            File.CreateSymbolicLink(Path.Combine(folder, "b.csv"), Path.Combine("alias", "a.csv"));

            string resolved = FilePaths.Resolve(Path.Combine(folder, "b.csv"));

            Assert.Equal(Path.Combine(FilePaths.Resolve(folder), "real", "a.csv"), resolved);
            Assert.True(FilePaths.Same(Path.Combine(folder, "alias", "a.csv"), Path.Combine(folder, "real", "..", "b.csv")));
            Assert.True(FilePaths.IsInside(resolved, FilePaths.Resolve(real)));
            Assert.False(FilePaths.IsInside(FilePaths.Resolve(real) + "-sibling", FilePaths.Resolve(real)));   // a prefix is not a parent
            Assert.Throws<CliException>(() => FilePaths.EnsureNotAnInput(Path.Combine(folder, "b.csv"), "--output", [Path.Combine(real, "a.csv")]));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
