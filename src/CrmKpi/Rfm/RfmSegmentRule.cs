namespace CrmKpi;

/// <summary>
/// One row of an RFM segment table: customers whose recency score is in
/// [<see cref="MinRecency"/>, <see cref="MaxRecency"/>] and whose combined frequency-monetary score
/// (<see cref="RfmScore.FrequencyMonetary"/>) is in [<see cref="MinFrequencyMonetary"/>, <see cref="MaxFrequencyMonetary"/>]
/// belong to <see cref="Segment"/>, unless an earlier row of the table claimed them.
/// </summary>
/// <param name="Segment">The segment the row assigns.</param>
/// <param name="MinRecency">Lowest recency score, inclusive.</param>
/// <param name="MaxRecency">Highest recency score, inclusive.</param>
/// <param name="MinFrequencyMonetary">Lowest combined frequency-monetary score, inclusive.</param>
/// <param name="MaxFrequencyMonetary">Highest combined frequency-monetary score, inclusive.</param>
public readonly record struct RfmSegmentRule(RfmSegment Segment, int MinRecency, int MaxRecency, int MinFrequencyMonetary, int MaxFrequencyMonetary);
