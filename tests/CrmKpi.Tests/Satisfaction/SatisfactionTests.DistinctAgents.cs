using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>
/// Issue 14 (mutation testing): <see cref="Satisfaction.DistinctAgentsPerTicket"/> on contact logs in any row order and
/// into a destination that holds old values, against hand counts and a set-per-ticket oracle (a different algorithm from
/// the library's sort of packed pairs).
/// </summary>
public partial class SatisfactionTests
{
    [Fact]
    public void DistinctAgentsPerTicket_InterleavedLog_CountsEachAgentOncePerTicket()
    {
        // Rows (0, 7), (1, 7), (0, 9), (0, 7): ticket 0 was handled by agents 7 and 9 (7 twice, apart), ticket 1 by agent 7.
        // No two equal rows are adjacent, so only a count that first brings equal rows together gives 2, not 3.
        int[] agents = new int[2];
        Satisfaction.DistinctAgentsPerTicket([0, 1, 0, 0], [7, 7, 9, 7], agents);
        Assert.Equal([2, 1], agents);
    }

    [Fact]
    public void DistinctAgentsPerTicket_DirtyDestination_IsOverwritten()
    {
        // Ticket 0: agents 5 and 6; ticket 1: no contact; ticket 2: agent 5. The destination starts at 9 everywhere.
        int[] agents = [9, 9, 9];
        Satisfaction.DistinctAgentsPerTicket([2, 0, 0], [5, 6, 5], agents);
        Assert.Equal([2, 0, 1], agents);
    }

    [Fact]
    public void DistinctAgentsPerTicket_RandomLogs_MatchASetPerTicket()
    {
        // Agent ids include negatives and both int extremes (the library packs them as unsigned low halves).
        int[] ids = [int.MinValue, -2, -1, 0, 1, 7, 1_000_000, int.MaxValue];
        var random = new Random(2026);
        for (int trial = 0; trial < 200; trial++)
        {
            int tickets = random.Next(1, 12);
            int rows = random.Next(0, 60);
            int[] ticketOf = new int[rows], agentOf = new int[rows];
            for (int r = 0; r < rows; r++)
            {
                ticketOf[r] = random.Next(tickets);
                agentOf[r] = ids[random.Next(ids.Length)];
            }

            var seen = new HashSet<int>[tickets];
            for (int t = 0; t < tickets; t++)
            {
                seen[t] = [];
            }

            for (int r = 0; r < rows; r++)
            {
                seen[ticketOf[r]].Add(agentOf[r]);
            }

            int[] actual = Enumerable.Repeat(-5, tickets).ToArray();
            Satisfaction.DistinctAgentsPerTicket(ticketOf, agentOf, actual);
            Assert.Equal(seen.Select(s => s.Count), actual);
        }
    }
}
