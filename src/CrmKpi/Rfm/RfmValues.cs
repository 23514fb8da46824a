using System;
using System.Globalization;
using System.Runtime.InteropServices;

namespace CrmKpi;

/// <summary>
/// One customer's raw RFM values: recency in days, frequency (purchases in the window) and monetary
/// value (spend in the window, total or per purchase). A customer with no purchase in the window has
/// <see cref="Frequency"/> 0, <see cref="RecencyDays"/> -1 and <see cref="Monetary"/> 0, and is not scored.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
public readonly struct RfmValues : IEquatable<RfmValues>
{
    /// <summary>Creates the values of one customer (for scoring values computed elsewhere).</summary>
    /// <param name="recencyDays">Days from the last purchase to the as-of date; not negative when <paramref name="frequency"/> is positive.</param>
    /// <param name="frequency">Purchases in the window; 0 marks a customer without purchases, who is not scored.</param>
    /// <param name="monetary">Spend in the window, in currency units; finite.</param>
    /// <remarks>The values are checked by <see cref="Rfm.Score(ReadOnlySpan{RfmValues}, int, RfmScoring, Span{RfmScore}, RfmWorkspace?)"/>, which names the offending customer.</remarks>
    public RfmValues(int recencyDays, int frequency, double monetary)
    {
        RecencyDays = recencyDays;
        Frequency = frequency;
        Monetary = monetary;
    }

    /// <summary>Days from the customer's last purchase in the window to the as-of date; -1 when there is none.</summary>
    public int RecencyDays { get; }

    /// <summary>The customer's purchases (rows) in the window.</summary>
    public int Frequency { get; }

    /// <summary>The customer's spend in the window, total or per purchase as requested, in currency units.</summary>
    public double Monetary { get; }

    /// <summary>Whether the customer bought in the window (and so is scored).</summary>
    public bool HasPurchase => Frequency > 0;

    /// <summary>The values with no purchase in the window.</summary>
    public static RfmValues NoPurchase => new(-1, 0, 0);

    /// <inheritdoc/>
    public bool Equals(RfmValues other) => RecencyDays == other.RecencyDays && Frequency == other.Frequency && Monetary.Equals(other.Monetary);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is RfmValues other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(RecencyDays, Frequency, Monetary);

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"R={RecencyDays}d F={Frequency} M={Monetary}");

    /// <summary>Field-by-field equality.</summary>
    /// <param name="left">One value.</param>
    /// <param name="right">The other.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(RfmValues left, RfmValues right) => left.Equals(right);

    /// <summary>Field-by-field inequality.</summary>
    /// <param name="left">One value.</param>
    /// <param name="right">The other.</param>
    /// <returns>True when any field differs.</returns>
    public static bool operator !=(RfmValues left, RfmValues right) => !left.Equals(right);
}
