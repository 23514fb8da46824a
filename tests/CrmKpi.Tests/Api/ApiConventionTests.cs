using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>
/// The parts of docs/api-conventions.md that reflection can check over the whole public surface, so a new member that
/// breaks them fails here rather than in a user's hands. Each test lists every offender it finds.
/// </summary>
public sealed partial class ApiConventionTests
{
    private static readonly Type[] FloatingTypes = [typeof(double), typeof(float)];

    /// <summary>Every public method and constructor of the library, with its declaring type.</summary>
    private static IEnumerable<MethodBase> PublicMembers() =>
        typeof(Acquisition).Assembly.GetExportedTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => !m.IsSpecialName)
                .Cast<MethodBase>()
                .Concat(t.GetConstructors()));

    private static string Describe(MethodBase m) =>
        $"{m.DeclaringType!.Name}.{m.Name}({string.Join(", ", m.GetParameters().Select(p => p.ParameterType.Name + " " + p.Name))})";

    /// <summary>Lower-case camelCase words of a parameter name: afterCallWorkSeconds -> after, call, work, seconds.</summary>
    private static string[] Words(string name) =>
        [.. Regex.Split(name, "(?<=[a-z0-9])(?=[A-Z])").Select(w => w.ToLowerInvariant())];

    /// <summary>Whether a name says the parameter is a time: a number of seconds, minutes or hours, a threshold, an interval, a patience, a handle time.</summary>
    private static bool NamesATime(string name)
    {
        string[] words = Words(name);
        string last = words[^1];
        return last is "seconds" or "minutes" or "hours" or "milliseconds" or "threshold" or "interval" or "patience"
            || name.EndsWith("HandleTime", StringComparison.Ordinal) || name is "threshold" or "interval";
    }

    [Fact]
    public void ScalarTimes_AreDurations_NeverBareNumbers()
    {
        // A number of seconds can be passed where a count, an interval or another time belongs; a Duration cannot be passed
        // where a count belongs, and carries its unit. Columns (spans) of seconds are the design card's carrier and stay doubles,
        // and so do results (a mean wait can be infinite): the constructors of result records are not inputs and are not checked.
        string[] offenders =
        [
            .. PublicMembers().OfType<MethodInfo>().SelectMany(m => m.GetParameters()
                .Where(p => FloatingTypes.Contains(p.ParameterType) && NamesATime(p.Name!))
                .Select(p => $"{Describe(m)}: {p.Name}")),
        ];
        Assert.True(offenders.Length == 0, "scalar times must be NodaTime Durations:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void NoMember_TakesTwoAdjacentTimesAsDoubles()
    {
        string[] offenders =
        [
            .. PublicMembers().OfType<MethodInfo>().Where(m =>
            {
                ParameterInfo[] ps = m.GetParameters();
                return Enumerable.Range(0, Math.Max(0, ps.Length - 1)).Any(i =>
                    ps[i].ParameterType == typeof(double) && ps[i + 1].ParameterType == typeof(double) && NamesATime(ps[i].Name!) && NamesATime(ps[i + 1].Name!));
            }).Select(Describe),
        ];
        Assert.True(offenders.Length == 0, string.Join("\n", offenders));
    }

    [Fact]
    public void OverloadsOfOneMember_TakeTheirCommonParametersInOneOrder()
    {
        // Parameters are compared by name, with a Seconds suffix dropped (preparation and preparationSeconds are the same input
        // as a Duration total and as a column of seconds).
        static string Key(string name) => name.EndsWith("Seconds", StringComparison.Ordinal) ? name[..^"Seconds".Length] : name;
        var offenders = new List<string>();
        foreach (IGrouping<(Type?, string), MethodBase> overloads in PublicMembers().OfType<MethodInfo>().GroupBy(m => (m.DeclaringType, m.Name)))
        {
            MethodBase[] all = [.. overloads];
            for (int i = 0; i < all.Length; i++)
            {
                for (int j = i + 1; j < all.Length; j++)
                {
                    string[] a = [.. all[i].GetParameters().Select(p => Key(p.Name!))];
                    string[] b = [.. all[j].GetParameters().Select(p => Key(p.Name!))];
                    string[] commonInA = [.. a.Where(b.Contains)];
                    string[] commonInB = [.. b.Where(a.Contains)];
                    if (!commonInA.SequenceEqual(commonInB))
                    {
                        offenders.Add($"{Describe(all[i])} vs {Describe(all[j])}");
                    }
                }
            }
        }

        Assert.True(offenders.Count == 0, "overloads disagree on parameter order:\n" + string.Join("\n", offenders));
    }

    /// <summary>
    /// Pairs of roles whose order the formulas fix: the measured quantity first, its base second (growth is current over
    /// previous, training effectiveness after over before, cost control actual over plan).
    /// </summary>
    private static readonly (string First, string Second)[] RoleOrder =
    [
        ("current", "previous"), ("after", "before"), ("actual", "planned"), ("actual", "budget"), ("actual", "quota"),
    ];

    /// <summary>The position of the first parameter whose name has the role word (after in afterCallWork is not the role).</summary>
    private static int RolePosition(ParameterInfo[] parameters, string role) =>
        Array.FindIndex(parameters, p =>
        {
            string[] words = Words(p.Name!);
            int at = Array.IndexOf(words, role);
            return at >= 0 && !(role == "after" && at + 1 < words.Length && words[at + 1] == "call");
        });

    [Fact]
    public void PairedRoles_ComeInTheFormulasOrder_MeasuredFirst()
    {
        var offenders = new List<string>();
        foreach (MethodBase m in PublicMembers())
        {
            ParameterInfo[] ps = m.GetParameters();
            foreach ((string first, string second) in RoleOrder)
            {
                int f = RolePosition(ps, first), s = RolePosition(ps, second);
                if (f >= 0 && s >= 0 && f > s)
                {
                    offenders.Add($"{Describe(m)}: {first} must come before {second}");
                }
            }
        }

        Assert.True(offenders.Count == 0, string.Join("\n", offenders));
    }

    /// <summary>
    /// Every member that takes two windows, with the order its documentation gives. Each checks at run time that the
    /// earlier window ends before the later starts, so a swap throws; a new two-window member must be added here and
    /// get a swap test.
    /// </summary>
    private static readonly Dictionary<string, string[]> TwoWindowMembers = new(StringComparer.Ordinal)
    {
        ["Sales.SalesGrowthRate"] = ["current", "previous"],
        ["Sales.TrainingEffectiveness"] = ["after", "before"],
        ["Retention.YearOverYearRetention"] = ["current", "previous"],
        ["Retention.Classify"] = ["window", "baseWindow"],
        ["Retention.DecomposeRevenue"] = ["startWindow", "endWindow"],
    };

    [Fact]
    public void MembersTakingTwoWindows_AreTheListedOnesInTheirListedOrder()
    {
        var offenders = new List<string>();
        foreach (MethodBase m in PublicMembers())
        {
            string[] windows = [.. m.GetParameters().Where(p => p.ParameterType == typeof(DateInterval)).Select(p => p.Name!)];
            if (windows.Length < 2)
            {
                continue;
            }

            string key = m.DeclaringType!.Name + "." + m.Name;
            if (!TwoWindowMembers.TryGetValue(key, out string[]? expected) || !windows.SequenceEqual(expected))
            {
                offenders.Add(Describe(m));
            }
        }

        Assert.True(offenders.Count == 0, "unlisted or reordered two-window members:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void SurveyAnswerSpans_HaveACollectionOverload()
    {
        // Nps(List<int>) must compile: every member that takes answers or scores as ReadOnlySpan<int> has a twin taking
        // IEnumerable<int> in the same place, with the same other parameters.
        var offenders = new List<string>();
        foreach (MethodInfo m in PublicMembers().OfType<MethodInfo>())
        {
            ParameterInfo[] ps = m.GetParameters();
            int at = Array.FindIndex(ps, p => p.ParameterType == typeof(ReadOnlySpan<int>) && p.Name is "answers" or "scores");
            if (at < 0)
            {
                continue;
            }

            Type[] twin = [.. ps.Select((p, i) => i == at ? typeof(IEnumerable<int>) : p.ParameterType)];
            if (m.DeclaringType!.GetMethod(m.Name, twin) is null)
            {
                offenders.Add(Describe(m));
            }
        }

        Assert.True(offenders.Count == 0, string.Join("\n", offenders));
    }

    [Fact]
    public void ConventionChecks_CanFail()
    {
        // The name rules recognise what they are meant to: a bare-seconds threshold would be flagged, a count would not.
        Assert.True(NamesATime("thresholdSeconds"));
        Assert.True(NamesATime("averageHandleTime"));
        Assert.True(NamesATime("interval"));
        Assert.False(NamesATime("calls"));
        ParameterInfo[] swapped = typeof(ApiConventionTests).GetMethod(nameof(Swapped), BindingFlags.NonPublic | BindingFlags.Static)!.GetParameters();
        Assert.True(RolePosition(swapped, "previous") < RolePosition(swapped, "current"));
        ParameterInfo[] work = typeof(ApiConventionTests).GetMethod(nameof(Work), BindingFlags.NonPublic | BindingFlags.Static)!.GetParameters();
        Assert.Equal(-1, RolePosition(work, "after"));
    }

    private static void Swapped(double previousSales, double currentSales) => _ = previousSales + currentSales;

    private static void Work(double afterCallWorkSeconds) => _ = afterCallWorkSeconds;
}
