using System;
using System.Collections.Generic;
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
            MethodInfo[] overloads = [.. type!.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance).Where(m => m.Name == parts[1])];
            Assert.True(overloads.Length > 0 || type.GetProperty(parts[1]) is not null, $"{entry.Id}: no member {entry.Member}");
            if (!entry.NeedsCsv && overloads.Length > 0)
            {
                string[] inputs = [.. entry.Scalars.Select(s => s.Name).Order(StringComparer.Ordinal)];
                Assert.True(
                    overloads.SelectMany(InputNames).Any(names => names.Order(StringComparer.Ordinal).SequenceEqual(inputs)),
                    $"{entry.Id} {entry.Member}{entry.Signature}: no overload has exactly these parameter names");
            }
        }
    }

    /// <summary>
    /// The scalar inputs a spec gives for a member: its parameters, a parameter of a library struct
    /// (LoyaltyWeights weights) replaced by the struct's constructor parameters prefixed with its name
    /// (weightsSatisfaction, ...), a NodaTime Duration parameter given in seconds (threshold -> thresholdSeconds),
    /// and for an instance member (a fitted model) its type's constructor
    /// parameters too (r, alpha, a, b).
    /// </summary>
    private static IEnumerable<string[]> InputNames(MethodInfo method)
    {
        string[] own = [.. method.GetParameters().SelectMany(Flatten)];
        if (method.IsStatic)
        {
            return [own];
        }

        return method.DeclaringType!.GetConstructors().Select(c => (string[])[.. c.GetParameters().Select(p => p.Name!), .. own]);
    }

    private static IEnumerable<string> Flatten(ParameterInfo parameter)
    {
        Type type = parameter.ParameterType;
        if (type == typeof(NodaTime.Duration))
        {
            return [parameter.Name + "Seconds"];   // a time is given in seconds: threshold -> thresholdSeconds
        }

        ConstructorInfo? constructor = type.IsValueType && !type.IsEnum && type.Assembly == typeof(Acquisition).Assembly
            ? type.GetConstructors().SingleOrDefault(c => c.GetParameters().Length > 0)
            : null;
        return constructor is null
            ? [parameter.Name!]
            : constructor.GetParameters().Select(p => parameter.Name + char.ToUpperInvariant(p.Name![0]) + p.Name[1..]);
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
