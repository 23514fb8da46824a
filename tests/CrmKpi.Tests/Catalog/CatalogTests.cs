using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>
/// House rules by reflection: every catalog id has a row in docs/metrics.md, and every member that
/// row names exists on the library's public surface.
/// </summary>
public partial class CatalogTests
{
    private static readonly Assembly Library = typeof(TransactionColumns).Assembly;

    private static string DocsPath(string relative) => Path.Combine(AppContext.BaseDirectory, "docs", relative);

    private static IReadOnlyList<string> CatalogIds()
    {
        string text = File.ReadAllText(DocsPath(Path.Combine("catalog", "METRICS.md")));
        return Regex.Matches(text, @"^\| ([A-Z][0-9]+) \|", RegexOptions.Multiline).Select(m => m.Groups[1].Value).Distinct().ToList();
    }

    private static Dictionary<string, string> MappingRows()
    {
        string text = File.ReadAllText(DocsPath("metrics.md"));
        var rows = new Dictionary<string, string>();
        foreach (Match m in Regex.Matches(text, @"^\| ([A-Z][0-9]+) \|[^|]*\|([^|]*)\|", RegexOptions.Multiline))
        {
            rows.Add(m.Groups[1].Value, m.Groups[2].Value.Trim());
        }

        return rows;
    }

    [Fact]
    public void Catalog_HasEveryFamily()
    {
        IReadOnlyList<string> ids = CatalogIds();
        Assert.True(ids.Count > 70, $"the catalog copy lists only {ids.Count} ids");
        foreach (char family in "AVRSCPMDQ")
        {
            Assert.Contains(ids, id => id[0] == family);
        }
    }

    [Fact]
    public void MetricsMap_HasARowForEveryCatalogId()
    {
        Dictionary<string, string> rows = MappingRows();
        string[] missing = CatalogIds().Where(id => !rows.ContainsKey(id)).ToArray();
        Assert.True(missing.Length == 0, "docs/metrics.md has no row for: " + string.Join(", ", missing));
    }

    [Fact]
    public void MetricsMap_EveryNamedMemberResolves()
    {
        var unresolved = new List<string>();
        foreach ((string id, string cell) in MappingRows())
        {
            foreach (string member in MembersIn(cell))
            {
                if (!Resolves(member))
                {
                    unresolved.Add($"{id}: {member}");
                }
            }
        }

        Assert.True(unresolved.Count == 0, "members named in docs/metrics.md that do not exist: " + string.Join("; ", unresolved));
    }

    [Fact]
    public void MetricsMap_EveryRowNamesMembersOrSaysPlanned()
    {
        foreach ((string id, string cell) in MappingRows())
        {
            Assert.True(cell == "planned" || MembersIn(cell).Any(), $"{id}: '{cell}' names no member in backticks and is not 'planned'");
        }
    }

    // The repository's copy of the catalog must be the specification itself; where the shared
    // specification sits beside the checkout (CI, developers), the two must not drift apart.
    [Fact]
    public void CatalogCopy_MatchesSharedSpecificationWhenPresent()
    {
        string? shared = FindAbove(AppContext.BaseDirectory, Path.Combine("shared", "METRICS.md"));
        if (shared is null)
        {
            return;   // a user's clone without the project's shared folder: nothing to compare
        }

        Assert.Equal(File.ReadAllText(shared), File.ReadAllText(DocsPath(Path.Combine("catalog", "METRICS.md"))));
    }

    private static IEnumerable<string> MembersIn(string cell) =>
        Regex.Matches(cell, "`([A-Za-z][A-Za-z0-9_.]*)`").Select(m => m.Groups[1].Value);

    /// <summary>"Type.Member" resolves to a public member of a public type; "Type" alone to a public type.</summary>
    private static bool Resolves(string name)
    {
        Type? type = Library.GetType("CrmKpi." + name);
        if (type is { IsPublic: true })
        {
            return true;
        }

        int dot = name.LastIndexOf('.');
        if (dot < 0)
        {
            return false;
        }

        Type? owner = Library.GetType("CrmKpi." + name[..dot].Replace('.', '+')) ?? Library.GetType("CrmKpi." + name[..dot]);
        return owner is { IsVisible: true } && owner.GetMember(name[(dot + 1)..], BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance).Length > 0;
    }

    private static string? FindAbove(string start, string relative)
    {
        for (DirectoryInfo? dir = new(start); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
