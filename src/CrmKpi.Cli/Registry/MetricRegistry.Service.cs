using System.Collections.Generic;
using NodaTime;

namespace CrmKpi.Cli.Registry;

/// <summary>Satisfaction (S1-S13), call center (C1-C12) and staffing (C13) entries.</summary>
internal static partial class MetricRegistry
{
    private static IEnumerable<MetricEntry> SatisfactionEntries()
    {
        InputSpec[] scale = [Count("scaleMin"), Count("scaleMax")];
        InputSpec[] tickets = [NumberColumn("firstReplySeconds"), NumberColumn("resolutionSeconds"), CountColumn("contacts")];
        return
        [
            Scalar("S1", "Satisfaction.Nps", [Count("promoters"), Count("passives"), Count("detractors")],
                a => Satisfaction.Nps(a.Count("promoters"), a.Count("passives"), a.Count("detractors")).Score),
            Scalar("S1", "Satisfaction.Nps", [CountColumn("answers")], a => Satisfaction.Nps(a.Counts("answers")).Score),
            Scalar("S1", "NpsResult.StandardError", [Count("promoters"), Count("passives"), Count("detractors")],
                a => Satisfaction.Nps(a.Count("promoters"), a.Count("passives"), a.Count("detractors")).StandardError),
            Scalar("S1", "NpsResult.StandardError", [CountColumn("answers")], a => Satisfaction.Nps(a.Counts("answers")).StandardError),
            Scalar("S2", "Satisfaction.Csat", [CountColumn("scores"), .. scale], a => Satisfaction.Csat(a.Counts("scores"), a.Int("scaleMin"), a.Int("scaleMax"))),
            Scalar("S2", "Satisfaction.CsatTopBox", [Count("topBoxAnswers"), Count("answers")], a => Satisfaction.CsatTopBox(a.Count("topBoxAnswers"), a.Count("answers"))),
            Scalar("S2", "Satisfaction.CsatTopBox", [CountColumn("scores"), .. scale, Count("topBoxes")],
                a => Satisfaction.CsatTopBox(a.Counts("scores"), a.Int("scaleMin"), a.Int("scaleMax"), a.Int("topBoxes"))),
            Scalar("S3", "Satisfaction.Ces", [CountColumn("scores"), .. scale], a => Satisfaction.Ces(a.Counts("scores"), a.Int("scaleMin"), a.Int("scaleMax"))),
            Scalar("S4", "Satisfaction.SatisfactionIndex", [NumberColumn("dimensionScores"), NumberColumn("weights")],
                a => Satisfaction.SatisfactionIndex(a.Numbers("dimensionScores"), a.Numbers("weights"))),
            Scalar("S5", "Satisfaction.ComplaintRate", [Count("complaints"), Count("customers")], a => Satisfaction.ComplaintRate(a.Count("complaints"), a.Count("customers"))),
            Scalar("S5", "Satisfaction.ComplaintRate", [DateColumn("complaintDates"), .. Window, Count("customers")],
                a => Satisfaction.ComplaintRate(a.Dates("complaintDates"), a.Window(), a.Count("customers"))),
            Scalar("S6", "Satisfaction.ValidComplaints", [FlagColumn("companyAtFault")], a => Satisfaction.ValidComplaints(a.Flags("companyAtFault"))),
            Scalar("S7", "Satisfaction.DissatisfactionResolutionRate", [Count("resolved"), Count("found")],
                a => Satisfaction.DissatisfactionResolutionRate(a.Count("resolved"), a.Count("found"))),
            Scalar("S7", "Satisfaction.DissatisfactionResolutionRate", [FlagColumn("resolved")], a => Satisfaction.DissatisfactionResolutionRate(a.Flags("resolved"))),
            Scalar("S8", "Satisfaction.ReferralRate", [Count("referredNewCustomers"), Count("newCustomers")],
                a => Satisfaction.ReferralRate(a.Count("referredNewCustomers"), a.Count("newCustomers"))),
            Scalar("S8", "Satisfaction.ReferralRate", [FlagColumn("referred")], a => Satisfaction.ReferralRate(a.Flags("referred"))),
            Scalar("S9", "Satisfaction.InteractionFrequency", [Count("interactions"), Count("customers"), Count("periods")],
                a => Satisfaction.InteractionFrequency(a.Count("interactions"), a.Count("customers"), a.Count("periods"))),
            Scalar("S10", "Satisfaction.AverageWaitToReply", [Number("totalWaitSeconds"), Count("repliedTickets")],
                a => Satisfaction.AverageWaitToReply(a.Seconds("totalWaitSeconds"), a.Count("repliedTickets"))),
            Scalar("S10", "Satisfaction.AverageWaitToReply", tickets, a => Satisfaction.AverageWaitToReply(a.Tickets())),
            Scalar("S11", "Satisfaction.AverageResolutionTime", [Number("totalResolutionSeconds"), Count("resolvedTickets")],
                a => Satisfaction.AverageResolutionTime(a.Seconds("totalResolutionSeconds"), a.Count("resolvedTickets"))),
            Scalar("S11", "Satisfaction.AverageResolutionTime", tickets, a => Satisfaction.AverageResolutionTime(a.Tickets())),
            Scalar("S12", "Satisfaction.AverageContactsToResolve", [Count("contacts"), Count("resolvedIssues")],
                a => Satisfaction.AverageContactsToResolve(a.Count("contacts"), a.Count("resolvedIssues"))),
            Scalar("S12", "Satisfaction.AverageContactsToResolve", tickets, a => Satisfaction.AverageContactsToResolve(a.Tickets())),
            Scalar("S13", "Satisfaction.FirstContactResolution", [Count("resolvedOnFirstContact"), Count("resolvedIssues")],
                a => Satisfaction.FirstContactResolution(a.Count("resolvedOnFirstContact"), a.Count("resolvedIssues"))),
            Scalar("S13", "Satisfaction.FirstContactResolution", [Count("resolvedOnFirstContact"), Count("resolvedIssues"), Count("allIssues"), Choice<FcrDenominator>("denominator")],
                a => Satisfaction.FirstContactResolution(a.Count("resolvedOnFirstContact"), a.Count("resolvedIssues"), a.Count("allIssues"), a.Choice<FcrDenominator>("denominator"))),
            Scalar("S13", "Satisfaction.FirstContactResolution", [.. tickets, Choice<FcrDenominator>("denominator")],
                a => Satisfaction.FirstContactResolution(a.Tickets(), a.Choice<FcrDenominator>("denominator"))),
        ];
    }

    private static IEnumerable<MetricEntry> CallCenterEntries()
    {
        InputSpec[] calls =
        [
            NumberColumn("waitSeconds"), NumberColumn("talkSeconds"), NumberColumn("holdSeconds"), NumberColumn("afterCallWorkSeconds"),
            FlagColumn("abandoned"), FlagColumn("blocked", optional: true),
        ];
        return
        [
            Scalar("C1", "CallCenter.ServiceLevel", [Count("answeredWithinThreshold"), Count("callsCounted")],
                a => CallCenter.ServiceLevel(a.Count("answeredWithinThreshold"), a.Count("callsCounted"))),
            Scalar("C1", "CallCenter.ServiceLevel", [.. calls, Number("thresholdSeconds"), Choice<ServiceLevelDefinition>("definition"), Optional(Number("shortAbandonSeconds"))],
                a => CallCenter.ServiceLevel(a.Calls(), a.Seconds("thresholdSeconds"), a.Choice<ServiceLevelDefinition>("definition"),
                    a.HasInput("shortAbandonSeconds") ? a.Seconds("shortAbandonSeconds") : Duration.Zero)),
            Scalar("C2", "CallCenter.AverageSpeedOfAnswer", calls, a => CallCenter.AverageSpeedOfAnswer(a.Calls())),
            Scalar("C3", "CallCenter.AbandonmentRate", [Count("abandoned"), Count("offered")], a => CallCenter.AbandonmentRate(a.Count("abandoned"), a.Count("offered"))),
            Scalar("C3", "CallCenter.AbandonmentRate", [.. calls, Optional(Number("shortAbandonSeconds"))],
                a => CallCenter.AbandonmentRate(a.Calls(), a.HasInput("shortAbandonSeconds") ? a.Seconds("shortAbandonSeconds") : Duration.Zero)),
            Scalar("C4", "CallCenter.AverageTalkTime", calls, a => CallCenter.AverageTalkTime(a.Calls())),
            Scalar("C5", "CallCenter.AverageAfterCallWork", calls, a => CallCenter.AverageAfterCallWork(a.Calls())),
            Scalar("C6", "CallCenter.AverageHandleTime", [Number("talkSeconds"), Number("holdSeconds"), Number("afterCallWorkSeconds"), Count("handledCalls")],
                a => CallCenter.AverageHandleTime(a.Seconds("talkSeconds"), a.Seconds("holdSeconds"), a.Seconds("afterCallWorkSeconds"), a.Count("handledCalls"))),
            Scalar("C6", "CallCenter.AverageHandleTime", [.. calls, Choice<HandleTimeDefinition>("definition")],
                a => CallCenter.AverageHandleTime(a.Calls(), a.Choice<HandleTimeDefinition>("definition"))),
            Scalar("C7", "CallCenter.Utilization", [Number("handlingSeconds"), Number("agentTimeSeconds")], a => CallCenter.Utilization(a.Seconds("handlingSeconds"), a.Seconds("agentTimeSeconds"))),
            Scalar("C8", "CallCenter.ConnectTimeRatio", [Number("preparationSeconds"), Number("assignedSeconds")],
                a => CallCenter.ConnectTimeRatio(a.Seconds("preparationSeconds"), a.Seconds("assignedSeconds"))),
            Scalar("C8", "CallCenter.ConnectTimeRatio", [NumberColumn("preparationSeconds"), NumberColumn("assignedSeconds")],
                a => CallCenter.ConnectTimeRatio(a.Numbers("preparationSeconds"), a.Numbers("assignedSeconds"))),
            Scalar("C9", "CallCenter.CostPerCall", [Number("totalCost"), Count("calls")], a => CallCenter.CostPerCall(a.Number("totalCost"), a.Count("calls"))),
            Scalar("C10", "CallCenter.BlockedShare", [Count("blocked"), Count("attempts")], a => CallCenter.BlockedShare(a.Count("blocked"), a.Count("attempts"))),
            Scalar("C10", "CallCenter.BlockedShare", calls, a => CallCenter.BlockedShare(a.Calls())),
            Scalar("C10", "CallCenter.BlockedCalls", calls, a => CallCenter.BlockedCalls(a.Calls())),
            Scalar("C12", "CallCenter.QualityScore", [NumberColumn("itemScores"), NumberColumn("weights")], a => CallCenter.QualityScore(a.Numbers("itemScores"), a.Numbers("weights"))),
        ];
    }

    private static IEnumerable<MetricEntry> StaffingEntries() =>
    [
        Scalar("C13", "Staffing.ErlangC", [Number("trafficErlangs"), Count("agents")], a => Staffing.ErlangC(a.Number("trafficErlangs"), a.Int("agents"))),
        Scalar("C13", "Staffing.ErlangCServiceLevel", [Number("trafficErlangs"), Count("agents"), Number("averageHandleTimeSeconds"), Number("thresholdSeconds")],
            a => Staffing.ErlangCServiceLevel(a.Number("trafficErlangs"), a.Int("agents"), a.Seconds("averageHandleTimeSeconds"), a.Seconds("thresholdSeconds"))),
        Scalar("C13", "Staffing.ErlangCAverageSpeedOfAnswer", [Number("trafficErlangs"), Count("agents"), Number("averageHandleTimeSeconds")],
            a => Staffing.ErlangCAverageSpeedOfAnswer(a.Number("trafficErlangs"), a.Int("agents"), a.Seconds("averageHandleTimeSeconds"))),
        Scalar("C13", "Staffing.Occupancy", [Number("trafficErlangs"), Count("agents")], a => Staffing.Occupancy(a.Number("trafficErlangs"), a.Int("agents"))),
        Scalar("C13", "Staffing.ErlangCAgentsRequired", [Number("trafficErlangs"), Number("averageHandleTimeSeconds"), Number("thresholdSeconds"), Number("targetServiceLevel")],
            a => Staffing.ErlangCAgentsRequired(a.Number("trafficErlangs"), a.Seconds("averageHandleTimeSeconds"), a.Seconds("thresholdSeconds"), a.Number("targetServiceLevel"))),
        Scalar("C13", "Staffing.ErlangCAgentsRequiredForAsa", [Number("trafficErlangs"), Number("averageHandleTimeSeconds"), Number("targetAverageSpeedOfAnswerSeconds")],
            a => Staffing.ErlangCAgentsRequiredForAsa(a.Number("trafficErlangs"), a.Seconds("averageHandleTimeSeconds"), a.Seconds("targetAverageSpeedOfAnswerSeconds"))),
        Scalar("C13", "Staffing.ErlangB", [Number("trafficErlangs"), Count("servers")], a => Staffing.ErlangB(a.Number("trafficErlangs"), a.Int("servers"))),
        Scalar("C13", "Staffing.ErlangBServersRequired", [Number("trafficErlangs"), Number("targetBlocking")],
            a => Staffing.ErlangBServersRequired(a.Number("trafficErlangs"), a.Number("targetBlocking"))),
        Scalar("C13", "Staffing.ErlangAServiceLevel",
            [Number("trafficErlangs"), Count("agents"), Number("averageHandleTimeSeconds"), Number("averagePatienceSeconds"), Number("thresholdSeconds")],
            a => Staffing.ErlangAServiceLevel(a.Number("trafficErlangs"), a.Int("agents"), a.Seconds("averageHandleTimeSeconds"), a.Seconds("averagePatienceSeconds"), a.Seconds("thresholdSeconds"))),
        Scalar("C13", "Staffing.TrafficErlangs", [Number("calls"), Number("averageHandleTimeSeconds"), Number("intervalSeconds")],
            a => Staffing.TrafficErlangs(a.Number("calls"), a.Seconds("averageHandleTimeSeconds"), a.Seconds("intervalSeconds"))),
    ];
}
