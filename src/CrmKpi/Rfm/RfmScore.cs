using System;
using System.Globalization;
using System.Runtime.InteropServices;

namespace CrmKpi;

/// <summary>
/// One customer's RFM scores, each in 1..k (higher is better: recent, frequent, big spender);
/// <c>default</c> (all 0) for a customer with no purchase in the window.
/// </summary>
[StructLayout(LayoutKind.Sequential, Pack = 1)]
public readonly struct RfmScore : IEquatable<RfmScore>
{
    /// <summary>Creates a score triple (for rule tests and scores computed elsewhere).</summary>
    /// <param name="recency">Recency score, 1..10, or 0 for unscored.</param>
    /// <param name="frequency">Frequency score, 1..10, or 0 for unscored.</param>
    /// <param name="monetary">Monetary score, 1..10, or 0 for unscored.</param>
    public RfmScore(byte recency, byte frequency, byte monetary)
    {
        Recency = recency;
        Frequency = frequency;
        Monetary = monetary;
    }

    /// <summary>Recency score: k for the most recent buyers, 1 for the least recent; 0 when unscored.</summary>
    public byte Recency { get; }

    /// <summary>Frequency score: k for the most frequent buyers; 0 when unscored.</summary>
    public byte Frequency { get; }

    /// <summary>Monetary score: k for the biggest spenders; 0 when unscored.</summary>
    public byte Monetary { get; }

    /// <summary>Whether the customer was scored (bought in the window).</summary>
    public bool IsScored => Recency != 0;

    /// <summary>The sum R + F + M, a one-number ranking (3..3k; 0 when unscored).</summary>
    public int Sum => Recency + Frequency + Monetary;

    /// <summary>The combined frequency-monetary score the default segment rules use: <c>(F + M + 1) / 2</c> in integers (the mean, halves rounded up).</summary>
    public int FrequencyMonetary => (Frequency + Monetary + 1) / 2;

    /// <summary>The combined score as text: the three digits (<c>"555"</c>) when every score is below 10, else dash-separated (<c>"10-9-10"</c>); <c>"000"</c> when unscored.</summary>
    /// <returns>The code.</returns>
    public override string ToString() =>
        Recency < 10 && Frequency < 10 && Monetary < 10
            ? string.Create(CultureInfo.InvariantCulture, $"{Recency}{Frequency}{Monetary}")
            : string.Create(CultureInfo.InvariantCulture, $"{Recency}-{Frequency}-{Monetary}");

    /// <inheritdoc/>
    public bool Equals(RfmScore other) => Recency == other.Recency && Frequency == other.Frequency && Monetary == other.Monetary;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is RfmScore other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => (Recency << 16) | (Frequency << 8) | Monetary;

    /// <summary>Field-by-field equality.</summary>
    /// <param name="left">One score.</param>
    /// <param name="right">The other.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(RfmScore left, RfmScore right) => left.Equals(right);

    /// <summary>Field-by-field inequality.</summary>
    /// <param name="left">One score.</param>
    /// <param name="right">The other.</param>
    /// <returns>True when any field differs.</returns>
    public static bool operator !=(RfmScore left, RfmScore right) => !left.Equals(right);
}
