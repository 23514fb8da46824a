using System.Collections.Generic;

namespace CrmKpi.Data;

/// <summary>
/// How to read a call log export (one row per call attempt): the CSV options and the columns, by header
/// name or found among the names common ACD exports use. Durations are in seconds.
/// </summary>
public sealed record CallCsvOptions : CsvReadOptions
{
    /// <summary>The headers tried for the wait column when <see cref="WaitColumn"/> is null.</summary>
    public static IReadOnlyList<string> WaitAliases { get; } = ["wait_seconds", "wait_s", "wait", "queue_seconds", "wait_time"];

    /// <summary>The headers tried for the talk column when <see cref="TalkColumn"/> is null.</summary>
    public static IReadOnlyList<string> TalkAliases { get; } = ["talk_seconds", "talk_s", "talk", "talk_time"];

    /// <summary>The headers tried for the hold column when <see cref="HoldColumn"/> is null.</summary>
    public static IReadOnlyList<string> HoldAliases { get; } = ["hold_seconds", "hold_s", "hold", "hold_time"];

    /// <summary>The headers tried for the after-call-work column when <see cref="AfterCallWorkColumn"/> is null.</summary>
    public static IReadOnlyList<string> AfterCallWorkAliases { get; } = ["acw_seconds", "acw_s", "acw", "after_call_work", "wrap_seconds", "wrap_up"];

    /// <summary>The headers tried for the abandoned flag when <see cref="AbandonedColumn"/> is null.</summary>
    public static IReadOnlyList<string> AbandonedAliases { get; } = ["abandoned", "is_abandoned"];

    /// <summary>The headers tried for the optional blocked flag when <see cref="BlockedColumn"/> is null.</summary>
    public static IReadOnlyList<string> BlockedAliases { get; } = ["blocked", "is_blocked", "busy"];

    /// <summary>The header of the seconds-waited column; null to find it among <see cref="WaitAliases"/>.</summary>
    public string? WaitColumn { get; init; }

    /// <summary>The header of the seconds-talked column; null to find it among <see cref="TalkAliases"/>.</summary>
    public string? TalkColumn { get; init; }

    /// <summary>The header of the seconds-on-hold column; null to find it among <see cref="HoldAliases"/>.</summary>
    public string? HoldColumn { get; init; }

    /// <summary>The header of the after-call-work seconds column; null to find it among <see cref="AfterCallWorkAliases"/>.</summary>
    public string? AfterCallWorkColumn { get; init; }

    /// <summary>The header of the abandoned flag (1/0, true/false, yes/no); null to find it among <see cref="AbandonedAliases"/>.</summary>
    public string? AbandonedColumn { get; init; }

    /// <summary>
    /// The header of the blocked flag (then required); null to use one of <see cref="BlockedAliases"/> when the
    /// file has it. Without a blocked column no call is blocked.
    /// </summary>
    public string? BlockedColumn { get; init; }
}
