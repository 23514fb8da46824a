using System;
using System.IO;
using System.Reflection;
using System.Text.Json;

namespace CrmKpi.Tests;

/// <summary>The committed tool manifest that the documented pipeline restores from (docs/verify.md, .ci/check-pipeline).</summary>
public class ToolManifestTests
{
    [Fact]
    public void Manifest_PinsTheVersionTheToolIsBuiltWith()
    {
        string? folder = AppContext.BaseDirectory;
        while (folder is not null && !File.Exists(Path.Combine(folder, "CrmKpi.sln")))
        {
            folder = Path.GetDirectoryName(folder);
        }

        Assert.NotNull(folder);
        using JsonDocument manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, ".config", "dotnet-tools.json")));
        JsonElement tool = manifest.RootElement.GetProperty("tools").GetProperty("crmkpi.cli");
        string built = typeof(CrmKpi.Cli.ExitCodes).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];

        // `dotnet tool restore --add-source artifacts/tool` finds only the version the manifest names.
        Assert.Equal(built, tool.GetProperty("version").GetString());
        Assert.Equal("crmkpi", Assert.Single(tool.GetProperty("commands").EnumerateArray()).GetString());
    }
}
