using BenchmarkDotNet.Running;

namespace CrmKpi.Benchmarks;

/// <summary>
/// Runs the benchmarks the arguments select, for example
/// <c>dotnet run -c Release --project benchmarks/CrmKpi.Benchmarks -- --filter '*' --job Dry</c>.
/// </summary>
public static class Program
{
    public static void Main(string[] args) =>
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
