using System;
using Xunit;

namespace CrmKpi.Data.Tests;

/// <summary>A fact that needs a PostgreSQL server: skipped, with the reason shown, when <c>CRMKPI_TEST_POSTGRES</c> is not set (.ci/run sets it).</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    /// <summary>The environment variable holding the Npgsql connection string.</summary>
    public const string Variable = "CRMKPI_TEST_POSTGRES";

    /// <summary>Skips the fact when no server is configured.</summary>
    public PostgresFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)))
        {
            Skip = $"no PostgreSQL server configured: set {Variable} to an Npgsql connection string (.ci/run starts one and sets it)";
        }
    }
}
