using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace CrmKpi.Tests;

/// <summary>
/// An input the registry reads as a variant (<c>a.Choice&lt;TEnum&gt;("name")</c>) must be declared as one
/// (<c>Choice&lt;TEnum&gt;("name")</c>), so <c>crmkpi metrics ID</c> lists the values it accepts; a plain
/// <c>Text("name")</c> would show it as free text.
/// </summary>
public class RegistryChoicesTests
{
    [Fact]
    public void EveryInputReadAsAVariant_IsDeclaredWithItsValues()
    {
        string? root = AppContext.BaseDirectory;
        while (root is not null && !File.Exists(Path.Combine(root, "CrmKpi.sln")))
        {
            root = Path.GetDirectoryName(root);
        }

        Assert.NotNull(root);
        string source = string.Join("\n", Directory.GetFiles(Path.Combine(root, "src", "CrmKpi.Cli", "Registry"), "*.cs").Select(File.ReadAllText));
        string[] variants = [.. Regex.Matches(source, @"a\.Choices?<\w+>\(""(\w+)""\)").Select(m => m.Groups[1].Value).Distinct()];
        Assert.NotEmpty(variants);

        string[] plain = [.. variants.Where(name => Regex.IsMatch(source, $@"\bText(Column)?\(""{name}""\)"))];

        Assert.True(plain.Length == 0, $"declared as Text or TextColumn but read as a variant: {string.Join(", ", plain)}; declare them with Choice<TEnum> or ChoiceColumn<TEnum>.");
    }
}
