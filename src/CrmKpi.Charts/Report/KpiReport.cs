using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CrmKpi.Charts.Internal;
using NodaTime;

namespace CrmKpi.Charts;

/// <summary>
/// The standard CrmKpi report as one self-contained HTML page: the input summary, retention (cohort heatmap,
/// retention and churn by period, revenue bridge), RFM (segment map and bars), probabilistic CLV (P(alive),
/// expected purchases, calibration vs holdout, CLV distribution), the call center (KPIs, staffing curves at
/// the measured load, interval profile) and the survey (NPS, CSAT, CES), then the definitions used.
/// </summary>
public static class KpiReport
{
    /// <summary>Builds the report.</summary>
    /// <param name="orders">The purchase log.</param>
    /// <param name="calls">The call log, or null to leave the call-center section out.</param>
    /// <param name="survey">The survey answers, or null to leave the survey section out.</param>
    /// <param name="options">The choices behind the numbers; null for the defaults.</param>
    /// <param name="progress">Receives a line as each section starts (the CLV fits take seconds on large logs); null for none.</param>
    /// <returns>The report, ready to save.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="orders"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A row of an input is invalid (the message names the column and row), or an option is out of range.</exception>
    public static HtmlReport Build(ReportOrders orders, ReportCalls? calls = null, ReportSurvey? survey = null, KpiReportOptions? options = null, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(orders);
        options ??= new KpiReportOptions();
        var definitions = new List<IReadOnlyList<string>>();
        var report = new HtmlReport("CrmKpi report");
        Inputs(report, orders, calls, survey);
        progress?.Invoke("retention");
        RetentionSection(report, orders, options, definitions);
        progress?.Invoke("rfm");
        RfmSection(report, orders, options, definitions);
        progress?.Invoke("clv");
        ClvSection(report, orders, options, definitions);
        if (calls is not null)
        {
            progress?.Invoke("service");
            ServiceSection(report, calls, options, definitions);
        }

        if (survey is not null)
        {
            progress?.Invoke("survey");
            SurveySection(report, survey, definitions);
        }

        report.Section("definitions", "Definitions used");
        report.Table(null, ["metric", "definition", "variant and window"], definitions);
        return report;
    }

    private static void Inputs(HtmlReport report, ReportOrders orders, ReportCalls? calls, ReportSurvey? survey)
    {
        report.Section("inputs", "Inputs");
        var rows = new List<IReadOnlyList<string>>
        {
            Row("orders", orders.Input, ChartStyle.Invariant($"{Date(orders.Range.Start)} to {Date(orders.Range.End)}, {orders.CustomerCount:#,0} customers")),
        };
        if (calls is not null)
        {
            rows.Add(Row("calls", calls.Input, calls.Intervals is null ? "no interval column" : ChartStyle.Invariant($"{calls.IntervalCount:#,0} intervals of {calls.IntervalSeconds / 60:0.#} min")));
        }

        if (survey is not null)
        {
            string parts = string.Join(", ", new[] { survey.Nps is null ? null : "NPS", survey.Csat is null ? null : "CSAT", survey.Ces is null ? null : "CES" }.Where(p => p is not null));
            rows.Add(Row("survey", survey.Input, parts.Length == 0 ? "no answer column" : parts));
        }

        report.Table(null, ["input", "source", "rows read", "rows skipped", "covers"], rows);

        static IReadOnlyList<string> Row(string name, InputSummary input, string covers) =>
            [name, input.Source, N(input.RowsRead), N(input.RowsSkipped), covers];
    }

    private static void RetentionSection(HtmlReport report, ReportOrders orders, KpiReportOptions options, List<IReadOnlyList<string>> definitions)
    {
        report.Section("retention", "Retention");
        TransactionColumns log = orders.Columns;
        string unit = RetentionCharts.UnitName(options.CohortUnit);
        CohortTable cohorts = Retention.Cohorts(log, orders.Range, options.CohortUnit);
        DateInterval[] periods = Periods.Split(orders.Range, options.CohortUnit);
        var kpis = new List<IReadOnlyList<string>>
        {
            new[] { "customers whose first purchase is in the range", N(cohorts.TotalCustomers) },
            new[] { unit + "ly cohorts", N(cohorts.CohortCount) },
        };
        if (periods.Length >= 2)
        {
            RetentionByPeriodData byPeriod = RetentionCharts.RetentionByPeriodData(log, orders.Range, options.CohortUnit);
            RetentionCounts last = byPeriod.Counts[^1];
            string lastName = RetentionCharts.PeriodLabel(byPeriod.Periods[^1], options.CohortUnit);
            kpis.Add(new[] { ChartStyle.Invariant($"active in {lastName}"), N(last.Active) });
            kpis.Add(new[] { ChartStyle.Invariant($"retention (CRR) in {lastName}"), ChartStyle.Percent(byPeriod.Retention[^1]) });
            kpis.Add(new[] { ChartStyle.Invariant($"churn in {lastName}"), ChartStyle.Percent(byPeriod.Churn[^1]) });
            kpis.Add(new[] { ChartStyle.Invariant($"mean {unit}ly retention"), ChartStyle.Percent(byPeriod.Retention.Where(double.IsFinite).DefaultIfEmpty(double.NaN).Average()) });
            report.Table("Key figures", ["KPI", "value"], kpis);
            report.Chart(RetentionCharts.CohortHeatmap(cohorts), "Cohort retention heatmap: the share of each cohort that bought again in each " + unit + " after its first purchase.", 960, Math.Max(520, 160 + (22 * cohorts.CohortCount)));
            report.Chart(RetentionCharts.RetentionByPeriod(byPeriod), "Retention and churn by " + unit + ": of the customers active in one " + unit + ", the share who bought again in the next, and the share who did not.");
        }
        else
        {
            report.Table("Key figures", ["KPI", "value"], kpis);
            report.Note("The log covers a single " + unit + ": retention by period and the cohort heatmap need at least two.");
        }

        definitions.Add(["cohort table (R7)", "customers grouped by the " + unit + " of their first purchase; the share of each cohort with a purchase k " + unit + "s later", ChartStyle.Invariant($"{unit}s, {Date(orders.Range.Start)} to {Date(orders.Range.End)}")]);
        definitions.Add(["customer retention rate (R2)", "(E - N) / S: customers at the end minus new (and reactivated) ones, over customers at the start", "each " + unit + ", with the previous " + unit + " as the base window: S = customers active in the previous " + unit]);
        definitions.Add(["churn rate (R1)", "lost / customers at start", "denominator: customers at start (active in the previous " + unit + ")"]);

        int days = Period.Between(orders.Range.Start, orders.Range.End, PeriodUnits.Days).Days + 1;
        if (days >= 2)
        {
            var first = new DateInterval(orders.Range.Start, orders.Range.Start.PlusDays((days / 2) - 1));
            var second = new DateInterval(first.End.PlusDays(1), orders.Range.End);
            RevenueMovement movement = Retention.DecomposeRevenue(log, first, second);
            RevenueBridgeData bridge = RetentionCharts.RevenueBridgeData(movement);
            report.Table("Revenue retention, second half of the range against the first", ["KPI", "value"],
            [
                ["start revenue (first half)", Money(movement.StartRevenue)],
                ["expansion", Money(movement.Expansion)],
                ["contraction", Money(movement.Contraction)],
                ["churned", Money(movement.Churned)],
                ["new revenue (outside the bridge)", Money(movement.NewRevenue)],
                ["gross revenue retention (GRR)", ChartStyle.Percent(bridge.GrossRetention)],
                ["net revenue retention (NRR)", ChartStyle.Percent(bridge.NetRetention)],
            ]);
            report.Chart(RetentionCharts.RevenueBridge(bridge), "Revenue retention bridge: the start base's revenue in the first half, what it gained, lost by contraction and lost by churn by the second half.");
            definitions.Add(["GRR and NRR (R8)", "GRR = (start - contraction - churned) / start; NRR = (start + expansion - contraction - churned) / start, customer by customer", ChartStyle.Invariant($"start window {Date(first.Start)} to {Date(first.End)}, end window {Date(second.Start)} to {Date(second.End)}")]);
        }
    }

    private static void RfmSection(HtmlReport report, ReportOrders orders, KpiReportOptions options, List<IReadOnlyList<string>> definitions)
    {
        report.Section("rfm", "RFM segments");
        TransactionColumns log = orders.Columns;
        var values = new RfmValues[orders.CustomerCount];
        var scores = new RfmScore[orders.CustomerCount];
        Rfm.Table(log, orders.Range, orders.Range.End, RfmMonetary.Total, options.RfmBins, RfmScoring.RankBased, values, scores, null);
        RfmSegmentRules rules = RfmSegmentRules.ForBins(options.RfmBins);
        SegmentBarsData bars = RfmCharts.SegmentBarsData(values, scores, rules);
        long total = bars.Customers.Sum();
        double revenue = bars.Monetary.Sum();
        report.Table("Customers and revenue by segment", ["segment", "customers", "share of customers", "revenue", "share of revenue"],
            Enumerable.Range(0, bars.Segments.Length).Where(i => bars.Customers[i] > 0).Select(i => (IReadOnlyList<string>)
            [
                RfmCharts.SegmentName(bars.Segments[i]), N(bars.Customers[i]), ChartStyle.Percent((double)bars.Customers[i] / total),
                Money(bars.Monetary[i]), ChartStyle.Percent(bars.Monetary[i] / revenue),
            ]));
        report.Chart(RfmCharts.SegmentMap(RfmCharts.SegmentMapData(values, scores, rules)), "RFM segment map: recency score across, the mean of the frequency and monetary scores up; tile area is customers, colour is revenue.", 960, 640);
        report.Chart(RfmCharts.SegmentBars(bars), "Customers per RFM segment, with the segment's share of customers and of revenue.");
        definitions.Add(["RFM scores (M7)", ChartStyle.Invariant($"recency, frequency and monetary value each scored 1-{options.RfmBins} by rank (ties by order, as pandas' rank 'first'); segments from the frequency-monetary mean and recency"), ChartStyle.Invariant($"window {Date(orders.Range.Start)} to {Date(orders.Range.End)}, recency as of {Date(orders.Range.End)}, monetary = total spend")]);
    }

    private static void ClvSection(HtmlReport report, ReportOrders orders, KpiReportOptions options, List<IReadOnlyList<string>> definitions)
    {
        report.Section("clv", "Probabilistic CLV");
        int days = Period.Between(orders.Range.Start, orders.Range.End, PeriodUnits.Days).Days;
        LocalDate calibrationEnd = options.CalibrationEnd ?? orders.Range.Start.PlusDays(days / 2);
        if (calibrationEnd < orders.Range.Start || calibrationEnd >= orders.Range.End)
        {
            report.Note(ChartStyle.Invariant($"No CLV models: the calibration end {Date(calibrationEnd)} must lie inside the log's range {Date(orders.Range.Start)} to {Date(orders.Range.End)}, before its last day."));
            return;
        }

        CustomerSummary summary = CustomerSummary.FromTransactions(orders.Columns, calibrationEnd, orders.Range.End, SummaryTimeUnit.Weeks);
        int repeaters = summary.Frequency.Count(f => f > 0);
        if (repeaters < options.MinimumRepeatCustomers)
        {
            report.Note(ChartStyle.Invariant($"No CLV models: {repeaters} customers bought again in the calibration period to {Date(calibrationEnd)}; at least {options.MinimumRepeatCustomers} are needed to fit BG/NBD."));
            return;
        }

        BetaGeo model = BetaGeo.Fit(summary.Columns);
        int[] spenders = Enumerable.Range(0, summary.Count).Where(i => summary.Frequency[i] > 0 && summary.MonetaryValue[i] > 0).ToArray();
        GammaGamma spend = GammaGamma.Fit(spenders.Select(i => summary.Frequency[i]).ToArray(), spenders.Select(i => summary.MonetaryValue[i]).ToArray());
        var clv = new double[summary.Count];
        spend.Clv(model, summary.Columns, summary.MonetaryValue, options.ClvMonths, 52.0 / 12.0, options.MonthlyDiscountRate, clv);
        double actual = summary.HoldoutFrequency!.Sum();
        double predicted = 0;
        for (int i = 0; i < summary.Count; i++)
        {
            predicted += model.ConditionalExpectedPurchases(summary.HoldoutDuration, summary.Frequency[i], summary.Recency[i], summary.Age[i]);
        }

        report.Table("Fitted models (weeks)", ["KPI", "value"],
        [
            ["customers in the calibration period", N(summary.Count)],
            ["customers who bought again", N(repeaters)],
            ["BG/NBD r, alpha, a, b", ChartStyle.Invariant($"{model.R:G4}, {model.Alpha:G4}, {model.A:G4}, {model.B:G4}")],
            ["BG/NBD fit", model.Diagnostics is { } d ? ChartStyle.Invariant($"log-likelihood {model.LogLikelihood:F1}, {(d.Converged ? "converged" : "NOT converged: " + d.ExitReason)} in {d.Iterations} iterations") : "given"],
            ["Gamma-Gamma p, q, gamma", ChartStyle.Invariant($"{spend.P:G4}, {spend.Q:G4}, {spend.Gamma:G4}")],
            [ChartStyle.Invariant($"holdout purchases ({summary.HoldoutDuration:0.#} weeks), actual"), N(actual)],
            ["holdout purchases, BG/NBD", ChartStyle.Invariant($"{predicted:#,0} ({(predicted / actual) - 1:+0.0%;-0.0%} vs actual)")],
            [ChartStyle.Invariant($"total {options.ClvMonths}-month CLV"), Money(clv.Sum())],
        ]);
        int maxFrequency = Math.Clamp((int)summary.Frequency.Max(), 1, 40);
        int maxRecency = Math.Clamp((int)Math.Floor(summary.Age.Max()), 1, 200);
        report.Chart(ClvCharts.ModelMatrix(ClvCharts.ProbabilityAliveData(model, maxFrequency, maxRecency)), "P(alive) by frequency and recency (BG/NBD), for a customer whose first purchase was at the start of the calibration period.", 960, 620);
        report.Chart(ClvCharts.ModelMatrix(ClvCharts.ExpectedPurchasesData(model, maxFrequency, maxRecency)), "Expected purchases in the next week by frequency and recency (BG/NBD).", 960, 620);
        report.Chart(ClvCharts.CalibrationHoldout(ClvCharts.CalibrationHoldoutData(model, summary)), "Calibration against holdout: mean purchases in the holdout period, actual and predicted, by purchases in the calibration period.");
        report.Chart(ClvCharts.ClvDistribution(ClvCharts.ClvDistributionData(clv)), ChartStyle.Invariant($"Distribution of the {options.ClvMonths}-month CLV of the calibration customers."));
        definitions.Add(["BG/NBD, Gamma-Gamma, CLV (V6)", ChartStyle.Invariant($"BG/NBD fitted on (frequency, recency, T) in weeks; Gamma-Gamma on repeat customers with positive mean spend; CLV = discounted expected spend over {options.ClvMonths} months"), ChartStyle.Invariant($"calibration {Date(orders.Range.Start)} to {Date(calibrationEnd)}, holdout to {Date(orders.Range.End)}, {options.MonthlyDiscountRate:0.##%} monthly discount")]);
    }

    private static void ServiceSection(HtmlReport report, ReportCalls calls, KpiReportOptions options, List<IReadOnlyList<string>> definitions)
    {
        report.Section("service", "Call center");
        CallColumns columns = calls.Columns;
        CallCenterSummary s = CallCenter.Summarize(columns, NodaTime.Duration.FromSeconds(options.ServiceLevelThresholdSeconds), NodaTime.Duration.FromSeconds(options.ShortAbandonSeconds));
        double aht = s.AverageHandleTime(HandleTimeDefinition.TalkHoldAfterCallWork);
        report.Table("Key figures", ["KPI", "value"],
        [
            ["calls", N(s.Calls)],
            ["offered (not blocked)", N(s.Offered)],
            ["answered", N(s.Answered)],
            ["abandoned", N(s.Abandoned)],
            [ChartStyle.Invariant($"service level ({options.ServiceLevelThresholdSeconds:0.#} s)"), ChartStyle.Percent(s.ServiceLevel(ServiceLevelDefinition.AbandonedInDenominator))],
            ["average speed of answer", Seconds(s.AverageSpeedOfAnswer)],
            ["abandonment rate", ChartStyle.Percent(s.AbandonmentRate)],
            ["average handle time", Seconds(aht)],
        ]);
        definitions.Add(["service level (C1)", "calls answered within the threshold / offered calls, abandoned calls in the denominator", ChartStyle.Invariant($"threshold {options.ServiceLevelThresholdSeconds:0.#} s, the whole log")]);
        definitions.Add(["abandonment rate (C3)", "(abandoned - short abandons) / (offered - short abandons)", ChartStyle.Invariant($"short abandon: within {options.ShortAbandonSeconds:0.#} s")]);
        definitions.Add(["average handle time (C6)", "(talk + hold + after-call work) / answered calls", "the whole log"]);

        if (calls.Intervals is null)
        {
            report.Note("The call log has no interval column: the staffing curves (which need the load per interval) and the interval profile are left out.");
            return;
        }

        var labels = Enumerable.Range(0, calls.IntervalCount).Select(i => IntervalLabel(calls.FirstIntervalStartSeconds + (i * calls.IntervalSeconds), calls.IntervalSeconds)).ToArray();
        IntervalProfileData profile = CallCenterCharts.IntervalProfileData(columns, calls.Intervals, labels);
        double traffic = s.Offered * aht / (calls.IntervalCount * calls.IntervalSeconds);
        double waited = 0;
        for (int i = 0; i < calls.WaitSeconds.Length; i++)
        {
            waited += calls.Blocked[i] ? 0 : calls.WaitSeconds[i];
        }

        bool measuredPatience = s.Abandoned > 0;
        double patience = measuredPatience ? waited / s.Abandoned : 3600;
        if (traffic > 0 && double.IsFinite(aht))
        {
            StaffingCurvesData staffing = CallCenterCharts.StaffingData(traffic, NodaTime.Duration.FromSeconds(aht), NodaTime.Duration.FromSeconds(patience), NodaTime.Duration.FromSeconds(options.ServiceLevelThresholdSeconds), options.TargetServiceLevel);
            report.Table("Staffing at the measured load", ["KPI", "value"],
            [
                ["load (mean per interval)", ChartStyle.Invariant($"{traffic:0.00} Erlangs")],
                ["callers' mean patience", ChartStyle.Invariant($"{patience:0} s") + (measuredPatience ? " (waiting seconds / abandoned calls)" : " (no abandoned calls: assumed one hour)")],
                [ChartStyle.Invariant($"agents needed for {options.TargetServiceLevel:0%} in {options.ServiceLevelThresholdSeconds:0} s, Erlang C"), N(staffing.ErlangCAgentsNeeded)],
                ["agents needed, Erlang A", staffing.ErlangAAgentsNeeded == 0 ? "more than charted" : N(staffing.ErlangAAgentsNeeded)],
            ]);
            report.Chart(CallCenterCharts.ServiceLevelCurve(staffing), "Service level against agents at the measured load: Erlang C and Erlang A, the target and the agents needed.");
            report.Chart(CallCenterCharts.WaitAndAbandonmentCurve(staffing), "Average speed of answer (Erlang C), mean wait and abandonment (Erlang A) against agents at the measured load.");
            definitions.Add(["Erlang C and Erlang A (C13)", "M/M/n and M/M/n+M queues at the measured load: offered calls x AHT / covered seconds; patience = waiting seconds of offered calls / abandoned calls (exponential patience estimate)", ChartStyle.Invariant($"{calls.IntervalCount} intervals of {calls.IntervalSeconds:0} s; target {options.TargetServiceLevel:0%} in {options.ServiceLevelThresholdSeconds:0} s")]);
        }
        else
        {
            report.Note("No staffing curves: the call log has no answered call with handle time (no load to staff for).");
        }

        report.Chart(CallCenterCharts.IntervalProfile(profile), "Calls per interval: answered, abandoned and blocked.");
    }

    private static void SurveySection(HtmlReport report, ReportSurvey survey, List<IReadOnlyList<string>> definitions)
    {
        report.Section("survey", "Survey");
        var rows = new List<IReadOnlyList<string>>();
        NpsChartData? nps = survey.Nps is null ? null : SatisfactionCharts.NpsData(survey.Nps);
        ScaleDistributionData? csat = survey.Csat is null ? null : SatisfactionCharts.CsatData(survey.Csat, survey.CsatScale.Min, survey.CsatScale.Max);
        ScaleDistributionData? ces = survey.Ces is null ? null : SatisfactionCharts.CesData(survey.Ces, survey.CesScale.Min, survey.CesScale.Max);
        if (nps is not null)
        {
            rows.Add(["NPS", ChartStyle.Invariant($"{nps.Result.Score:0.0}"), ChartStyle.Invariant($"95% CI {nps.Interval.Lower:0.0} to {nps.Interval.Upper:0.0}; {nps.Result.Count:#,0} answers")]);
            definitions.Add(["NPS (S1)", "100 x (promoters - detractors) / answers; promoters 9-10, passives 7-8, detractors 0-6", "normal-approximation 95% confidence interval"]);
        }

        if (csat is not null)
        {
            rows.Add(["CSAT", ChartStyle.Invariant($"{csat.Mean:0.00}"), ChartStyle.Invariant($"mean answer on {csat.ScaleMin}-{csat.ScaleMax}; {csat.Counts.Sum():#,0} answers")]);
            definitions.Add(["CSAT (S2)", "the mean answer", ChartStyle.Invariant($"scale {csat.ScaleMin}-{csat.ScaleMax}")]);
        }

        if (ces is not null)
        {
            rows.Add(["CES", ChartStyle.Invariant($"{ces.Mean:0.00}"), ChartStyle.Invariant($"mean answer on {ces.ScaleMin}-{ces.ScaleMax}; {ces.Counts.Sum():#,0} answers")]);
            definitions.Add(["CES (S3)", "the mean answer (the survey's wording says whether high is easy)", ChartStyle.Invariant($"scale {ces.ScaleMin}-{ces.ScaleMax}")]);
        }

        if (rows.Count == 0)
        {
            report.Note("The survey has no NPS, CSAT or CES column.");
            return;
        }

        report.Table("Key figures", ["KPI", "value", "detail"], rows);
        if (nps is not null)
        {
            report.Chart(SatisfactionCharts.Nps(nps), "NPS answers 0-10: detractors red, passives amber, promoters green.");
        }

        if (csat is not null)
        {
            report.Chart(SatisfactionCharts.ScaleDistribution(csat), "CSAT answers by scale point, with the mean.");
        }

        if (ces is not null)
        {
            report.Chart(SatisfactionCharts.ScaleDistribution(ces), "CES answers by scale point, with the mean.");
        }
    }

    private static string IntervalLabel(double seconds, double intervalSeconds) =>
        intervalSeconds < 86_400
            ? ChartStyle.Invariant($"{(int)(seconds / 3600) % 24:00}:{(int)(seconds / 60) % 60:00}") + (seconds >= 86_400 ? ChartStyle.Invariant($" d{(int)(seconds / 86_400) + 1}") : "")
            : ChartStyle.Invariant($"day {(int)(seconds / 86_400) + 1}");

    private static string Date(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string N(double value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    private static string Money(double value) => value.ToString("#,0.00", CultureInfo.InvariantCulture);

    private static string Seconds(double value) => double.IsFinite(value) ? value.ToString("0.0", CultureInfo.InvariantCulture) + " s" : "n/a (no answered calls)";
}
