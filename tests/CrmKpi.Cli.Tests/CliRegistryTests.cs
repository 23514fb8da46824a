using System;
using System.Linq;
using System.Reflection;
using CrmKpi.Cli.Registry;

namespace CrmKpi.Tests;

/// <summary>The verify registry agrees with the library: members exist and scalar input names are parameter names.</summary>
public class CliRegistryTests
{
    [Fact]
    public void Entries_ScalarForms_InputNamesAreTheLibraryParameterNames()
    {
        Assembly library = typeof(Acquisition).Assembly;
        foreach (MetricEntry entry in MetricRegistry.Entries)
        {
            string[] parts = entry.Member.Split('.');
            Type? type = library.GetType("CrmKpi." + parts[0]);
            Assert.True(type is not null, $"{entry.Id}: no type {parts[0]}");
            MethodInfo[] overloads = [.. type!.GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.Name == parts[1])];
            Assert.True(overloads.Length > 0 || type.GetProperty(parts[1]) is not null, $"{entry.Id}: no member {entry.Member}");
            if (!entry.NeedsCsv && overloads.Length > 0)
            {
                string[] inputs = [.. entry.Scalars.Select(s => s.Name).Order(StringComparer.Ordinal)];
                Assert.True(
                    overloads.Any(m => m.GetParameters().Select(p => p.Name!).Order(StringComparer.Ordinal).SequenceEqual(inputs)),
                    $"{entry.Id} {entry.Member}{entry.Signature}: no overload has exactly these parameter names");
            }
        }
    }

    [Fact]
    public void Find_ByIdMemberOrShortName_FindsTheSameEntries()
    {
        Assert.Equal(MetricRegistry.Find("A1"), MetricRegistry.Find("Acquisition.Cac"));
        Assert.Equal(MetricRegistry.Find("a1"), MetricRegistry.Find("Cac"));
        Assert.Empty(MetricRegistry.Find("Z99"));
    }

    [Fact]
    public void Entries_EachMemberAndInputSet_SelectsOneOverload()
    {
        var keys = MetricRegistry.Entries.Select(e => e.Member + e.Signature).ToList();
        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
    }
}
