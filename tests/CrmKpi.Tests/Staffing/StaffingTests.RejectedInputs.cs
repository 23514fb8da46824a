using System;
using System.Collections.Generic;
using CrmKpi.Tests.Support;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>
/// Issue 14 (mutation testing): every input check of the Staffing family, one case per check. Each case breaks exactly one
/// rule with every other argument valid, so only that check can throw; the test asserts the parameter the exception names
/// and the rule its message states (the XML docs' exception clauses, written out by hand), so a removed check, a check that
/// lets a later one throw for it (a zero patience also overflows the abandonment rate; a NaN traffic also fails the queue-size
/// estimate) or an emptied message each fail it.
/// </summary>
public partial class StaffingTests
{
    // Serializable theory data (a case name), so each case is its own test for the runner and for Stryker's per-test coverage.
    private static readonly Dictionary<string, (string Parameter, string Rule, Action Call)> RejectedInputCases = new()
    {
        ["00 TrafficErlangs: negative calls"] = ("calls", "calls must be finite and not negative; was -1.",
            () => Staffing.TrafficErlangs(-1, Sec(240), Duration.FromMinutes(30))),

        ["01 ErlangB: negative traffic"] = ("trafficErlangs", "trafficErlangs must be finite and not negative",
            () => Staffing.ErlangB(-1, 3)),
        ["02 ErlangB: negative servers"] = ("servers", "servers must not be negative; was -1.",
            () => Staffing.ErlangB(5, -1)),
        ["03 ErlangBServersRequired: negative traffic"] = ("trafficErlangs", "trafficErlangs must be finite and not negative",
            () => Staffing.ErlangBServersRequired(-1, 0.01)),
        ["04 ErlangBServersRequired: NaN traffic"] = ("trafficErlangs", "trafficErlangs must be finite and not negative",
            () => Staffing.ErlangBServersRequired(double.NaN, 0.01)),
        ["05 ErlangBServersRequired: target 1"] = ("targetBlocking", "targetBlocking must be strictly between 0 and 1; was 1.",
            () => Staffing.ErlangBServersRequired(5, 1.0)),
        ["06 ErlangBServersRequired: target 0"] = ("targetBlocking", "targetBlocking must be strictly between 0 and 1; was 0.",
            () => Staffing.ErlangBServersRequired(5, 0.0)),

        // B(n) >= 1 - n / A: 1e10 Erlangs at 1% need at least 9.9e9 lines, more than an int holds (the first estimate says so).
        ["07 ErlangBServersRequired: the first estimate passes int.MaxValue"] = ("trafficErlangs", "trafficErlangs needs more agents or lines than an int holds",
            () => Staffing.ErlangBServersRequired(1e10, 0.01)),

        // A = 2^32 - 2 at 50%: the estimate A / 2 = int.MaxValue fits, but B(n) > 1 - n / A = 0.5 at n = A / 2 (the exact B
        // exceeds the bound by about 1 / A there), so one line more than int.MaxValue would be needed: the step past it throws.
        ["08 ErlangBServersRequired: the search steps past int.MaxValue"] = ("trafficErlangs", "trafficErlangs needs more agents or lines than an int holds",
            () => Staffing.ErlangBServersRequired(4_294_967_294, 0.5)),

        ["09 ErlangC: negative traffic"] = ("trafficErlangs", "trafficErlangs must be finite and not negative; was -1.",
            () => Staffing.ErlangC(-1, 5)),
        ["10 ErlangCServiceLevel: no agents"] = ("agents", "agents must be greater than zero; was 0.",
            () => Staffing.ErlangCServiceLevel(10, 0, Sec(180), Sec(20))),
        ["11 ErlangCServiceLevel: negative traffic"] = ("trafficErlangs", "trafficErlangs must be finite and not negative",
            () => Staffing.ErlangCServiceLevel(-1, 14, Sec(180), Sec(20))),
        ["12 ErlangCServiceLevel: zero handle time"] = ("averageHandleTime", "averageHandleTime must be greater than zero",
            () => Staffing.ErlangCServiceLevel(10, 14, Sec(0), Sec(20))),
        ["13 ErlangCAverageSpeedOfAnswer: no agents"] = ("agents", "agents must be greater than zero; was 0.",
            () => Staffing.ErlangCAverageSpeedOfAnswer(10, 0, Sec(180))),
        ["14 ErlangCAverageSpeedOfAnswer: zero handle time"] = ("averageHandleTime", "averageHandleTime must be greater than zero",
            () => Staffing.ErlangCAverageSpeedOfAnswer(10, 14, Sec(0))),
        ["15 Occupancy: no agents"] = ("agents", "agents must be greater than zero; was 0.",
            () => Staffing.Occupancy(10, 0)),
        ["16 Occupancy: NaN traffic"] = ("trafficErlangs", "trafficErlangs must be finite and not negative",
            () => Staffing.Occupancy(double.NaN, 5)),

        ["17 ErlangCAgentsRequired: negative traffic"] = ("trafficErlangs", "trafficErlangs must be finite and not negative",
            () => Staffing.ErlangCAgentsRequired(-1, Sec(180), Sec(20), 0.8)),
        ["18 ErlangCAgentsRequired: zero handle time"] = ("averageHandleTime", "averageHandleTime must be greater than zero",
            () => Staffing.ErlangCAgentsRequired(10, Sec(0), Sec(20), 0.8)),
        ["19 ErlangCAgentsRequired: negative threshold"] = ("threshold", "threshold must not be negative",
            () => Staffing.ErlangCAgentsRequired(10, Sec(180), Sec(-1), 0.8)),
        ["20 ErlangCAgentsRequired: target 1"] = ("targetServiceLevel", "targetServiceLevel must be strictly between 0 and 1; was 1.",
            () => Staffing.ErlangCAgentsRequired(10, Sec(180), Sec(20), 1.0)),

        // A = 2^31 - 0.5: a stable queue needs floor(A) + 1 = 2^31 agents, one more than an int holds.
        ["21 ErlangCAgentsRequired: the fewest stable agents pass int.MaxValue"] = ("trafficErlangs", "trafficErlangs needs more agents or lines than an int holds",
            () => Staffing.ErlangCAgentsRequired(2_147_483_647.5, Sec(1), Sec(20), 0.8)),
        ["22 ErlangCAgentsRequiredForAsa: negative traffic"] = ("trafficErlangs", "trafficErlangs must be finite and not negative",
            () => Staffing.ErlangCAgentsRequiredForAsa(-1, Sec(180), Sec(20))),
        ["23 ErlangCAgentsRequiredForAsa: zero handle time"] = ("averageHandleTime", "averageHandleTime must be greater than zero",
            () => Staffing.ErlangCAgentsRequiredForAsa(10, Sec(0), Sec(20))),
        ["24 ErlangCAgentsRequiredForAsa: zero target"] = ("targetAverageSpeedOfAnswer", "targetAverageSpeedOfAnswer must be greater than zero",
            () => Staffing.ErlangCAgentsRequiredForAsa(10, Sec(180), Sec(0))),
        ["25 ErlangCAgentsRequiredForAsa: the fewest stable agents pass int.MaxValue"] = ("trafficErlangs", "trafficErlangs needs more agents or lines than an int holds",
            () => Staffing.ErlangCAgentsRequiredForAsa(2_147_483_647.5, Sec(1), Sec(20))),

        ["26 ErlangA: negative traffic"] = ("trafficErlangs", "trafficErlangs must be finite and not negative; was -1.",
            () => Staffing.ErlangA(-1, 3, Sec(100), Sec(60))),
        ["27 ErlangA: NaN traffic"] = ("trafficErlangs", "trafficErlangs must be finite and not negative; was NaN.",
            () => Staffing.ErlangA(double.NaN, 3, Sec(100), Sec(60))),
        ["28 ErlangA: negative agents"] = ("agents", "agents must not be negative; was -1.",
            () => Staffing.ErlangA(2.5, -1, Sec(100), Sec(60))),
        ["29 ErlangA: zero handle time"] = ("averageHandleTime", "averageHandleTime must be greater than zero",
            () => Staffing.ErlangA(2.5, 3, Sec(0), Sec(60))),
        ["30 ErlangA: zero patience"] = ("averagePatience", "averagePatience must be greater than zero",
            () => Staffing.ErlangA(2.5, 3, Sec(100), Sec(0))),
        ["31 ErlangAServiceLevel: negative traffic"] = ("trafficErlangs", "trafficErlangs must be finite and not negative; was -1.",
            () => Staffing.ErlangAServiceLevel(-1, 3, Sec(100), Sec(60), Sec(20))),
        ["32 ErlangAServiceLevel: negative agents"] = ("agents", "agents must not be negative; was -1.",
            () => Staffing.ErlangAServiceLevel(2.5, -1, Sec(100), Sec(60), Sec(20))),
        ["33 ErlangAServiceLevel: zero handle time"] = ("averageHandleTime", "averageHandleTime must be greater than zero",
            () => Staffing.ErlangAServiceLevel(2.5, 3, Sec(0), Sec(60), Sec(20))),
        ["34 ErlangAServiceLevel: zero patience"] = ("averagePatience", "averagePatience must be greater than zero",
            () => Staffing.ErlangAServiceLevel(2.5, 3, Sec(100), Sec(0), Sec(20))),
        ["35 ErlangAServiceLevel: negative threshold"] = ("threshold", "threshold must not be negative",
            () => Staffing.ErlangAServiceLevel(2.5, 3, Sec(100), Sec(60), Sec(-1))),

        // The queue-size estimate (A - n)+ patience / AHT + 10 sqrt(A patience / AHT) against its limit of 1e7 places, by hand:
        // A = 20, n = 10, patience / AHT = 1e6: 1e7 + 10 sqrt(2e7) = 1.0045e7 places (the overload term alone reaches the limit).
        ["36 ErlangA: an overloaded queue needs more than 1e7 places"] = ("averagePatience", "averagePatience makes the queue, for this traffic and handle time, need more than 1E+007 places to sum",
            () => Staffing.ErlangA(20, 10, Sec(1), Sec(1e6))),

        // A = n = 10, AHT 0.5 s, patience 1e11 s: no overload term, 10 sqrt(10 x 2e11) = 1.41e7 places (the spread alone: the
        // queue's r_m ~ exp(-m^2 theta / (2 n mu)) really reaches 1e-17 only near m = 1.25e7).
        ["37 ErlangAServiceLevel: a critically loaded queue needs more than 1e7 places"] = ("averagePatience", "averagePatience makes the queue, for this traffic and handle time, need more than 1E+007 places to sum",
            () => Staffing.ErlangAServiceLevel(10, 10, Sec(0.5), Sec(1e11), Sec(20))),

        // 3,000 Erlangs against one agent of AHT 100 s, patience 80 s: about 2,400 callers queue
        // (lambda / theta), and the last of them is still waiting (with probability above 1e-17) after about 39 patience times,
        // some 110,000 steps of 2,800 places: far beyond the 1e8 units of work allowed for a threshold of 1e6 s.
        ["38 ErlangAServiceLevel: a threshold that needs more than 1e8 units of work"] = ("threshold", "threshold needs more than 1E+008 steps of the queue model for this traffic, patience and handle time",
            () => Staffing.ErlangAServiceLevel(3_000, 1, Sec(100), Sec(80), Sec(1e6))),
    };

    public static TheoryData<string> RejectedInputs() => [.. RejectedInputCases.Keys];

    [Theory]
    [MemberData(nameof(RejectedInputs))]
    public void RejectedInput_ThrowsNamingTheParameterAndTheRule(string name)
    {
        (string parameter, string rule, Action call) = RejectedInputCases[name];
        RejectedInput.Throws(typeof(ArgumentOutOfRangeException), parameter, rule, call);
    }
}
