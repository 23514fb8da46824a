using System;
using System.IO;

namespace CrmKpi.Data.Tests;

internal static class Fixture
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static MemoryStream Text(string text) => new(System.Text.Encoding.UTF8.GetBytes(text));
}
