namespace CrmKpi;

/// <summary>Totals over the resolved tickets of a log (S12, S13): tickets, their contacts, and those resolved on exactly one contact.</summary>
/// <param name="Resolved">Tickets whose resolution seconds are not NaN.</param>
/// <param name="Contacts">The contacts of those tickets, summed.</param>
/// <param name="FirstContact">Those of them with exactly one contact.</param>
internal readonly record struct ResolvedTicketTotals(long Resolved, long Contacts, long FirstContact);
