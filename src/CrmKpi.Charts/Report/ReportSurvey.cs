using System;

namespace CrmKpi.Charts;

/// <summary>The survey answers of a report: any of NPS (0-10), CSAT and CES (each on its scale).</summary>
public sealed class ReportSurvey
{
    /// <summary>Holds survey answers for a report.</summary>
    /// <param name="input">Where the rows came from.</param>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    public ReportSurvey(InputSummary input)
    {
        ArgumentNullException.ThrowIfNull(input);
        Input = input;
    }

    /// <summary>Where the rows came from.</summary>
    public InputSummary Input { get; }

    /// <summary>NPS answers 0-10, or null.</summary>
    public int[]? Nps { get; init; }

    /// <summary>CSAT answers on <see cref="CsatScale"/>, or null.</summary>
    public int[]? Csat { get; init; }

    /// <summary>The CSAT scale (default 1-5).</summary>
    public (int Min, int Max) CsatScale { get; init; } = (1, 5);

    /// <summary>CES answers on <see cref="CesScale"/>, or null.</summary>
    public int[]? Ces { get; init; }

    /// <summary>The CES scale (default 1-7).</summary>
    public (int Min, int Max) CesScale { get; init; } = (1, 7);
}
