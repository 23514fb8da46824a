namespace CrmKpi;

/// <summary>Call volume and duration of one category of calls (catalog C11), as written by
/// <see cref="CallCenter.Volume(CallColumns, System.ReadOnlySpan{int}, System.Span{CallVolume})"/>.</summary>
/// <param name="Calls">Call attempts in the category.</param>
/// <param name="Blocked">Attempts that were blocked.</param>
/// <param name="Answered">Calls answered.</param>
/// <param name="Abandoned">Calls abandoned in the queue.</param>
/// <param name="TalkSeconds">Total talk seconds of answered calls.</param>
/// <param name="HandleSeconds">Total talk + hold + after-call-work seconds of answered calls.</param>
public readonly record struct CallVolume(long Calls, long Blocked, long Answered, long Abandoned, double TalkSeconds, double HandleSeconds);
