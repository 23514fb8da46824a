namespace CrmKpi;

/// <summary>The time unit of recency and T (age) in a <see cref="CustomerSummary"/>.</summary>
public enum SummaryTimeUnit
{
    /// <summary>Days: recency and T are whole numbers of days.</summary>
    Days = 1,

    /// <summary>Weeks of seven days, as in Fader, Hardie and Lee's CDNOW fits (T = 272 / 7 = 38.857 for a first purchase on 1997-01-01 and a calibration end of 1997-09-30).</summary>
    Weeks = 7,
}
