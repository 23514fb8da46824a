using System;
using System.Collections.Generic;

namespace CrmKpi.Data;

/// <summary>
/// How to read a survey export (one row per respondent, a column per question): the CSV options, the
/// NPS, CSAT and CES columns (by header, or found among common names; at least one must be present) and
/// the scales the questions were asked on.
/// </summary>
public sealed record SurveyCsvOptions : CsvReadOptions
{
    private readonly (int Min, int Max) _csatScale = (1, 5);
    private readonly (int Min, int Max) _cesScale = (1, 7);

    /// <summary>The headers tried for the NPS question when <see cref="NpsColumn"/> is null.</summary>
    public static IReadOnlyList<string> NpsAliases { get; } = ["nps", "recommend", "likelihood_to_recommend", "nps_score"];

    /// <summary>The headers tried for the CSAT question when <see cref="CsatColumn"/> is null.</summary>
    public static IReadOnlyList<string> CsatAliases { get; } = ["csat", "satisfaction", "csat_score"];

    /// <summary>The headers tried for the CES question when <see cref="CesColumn"/> is null.</summary>
    public static IReadOnlyList<string> CesAliases { get; } = ["ces", "effort", "ces_score"];

    /// <summary>The header of the NPS answers (0 to 10; then required); null to use one of <see cref="NpsAliases"/> when present.</summary>
    public string? NpsColumn { get; init; }

    /// <summary>The header of the CSAT answers (then required); null to use one of <see cref="CsatAliases"/> when present.</summary>
    public string? CsatColumn { get; init; }

    /// <summary>The header of the CES answers (then required); null to use one of <see cref="CesAliases"/> when present.</summary>
    public string? CesColumn { get; init; }

    /// <summary>The CSAT scale; default 1 to 5.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The maximum is not above the minimum.</exception>
    public (int Min, int Max) CsatScale
    {
        get => _csatScale;
        init => _csatScale = CheckScale(value);
    }

    /// <summary>The CES scale; default 1 to 7.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The maximum is not above the minimum.</exception>
    public (int Min, int Max) CesScale
    {
        get => _cesScale;
        init => _cesScale = CheckScale(value);
    }

    private static (int Min, int Max) CheckScale((int Min, int Max) scale) =>
        scale.Max > scale.Min ? scale : throw new ArgumentOutOfRangeException(nameof(scale), scale, "A scale's maximum must be above its minimum.");
}
