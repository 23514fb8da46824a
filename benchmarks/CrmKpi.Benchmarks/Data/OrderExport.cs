using System;
using System.IO;
using System.Text;

namespace CrmKpi.Benchmarks.Data;

/// <summary>
/// Writes a synthetic order export like a CRM's: <c>customer_id,order_date,amount,quantity</c>, customer
/// ids <c>C0001234</c> over about a million customers (some buy much more often than others), dates
/// <c>yyyy-MM-dd</c> over 2022-2024, amounts with two decimals, quantities 1-9. Deterministic for a
/// seed. 10 million rows are about 290 MB: write them under /tmp, never into the repository.
/// </summary>
/// <remarks>
/// From the command line: <c>dotnet run -c Release --project benchmarks/CrmKpi.Benchmarks -- generate-orders /tmp/orders-10m.csv 10000000</c>.
/// </remarks>
public static class OrderExport
{
    /// <summary>The first date the generator writes.</summary>
    public static readonly DateOnly Start = new(2022, 1, 1);

    /// <summary>The last date the generator writes.</summary>
    public static readonly DateOnly End = new(2024, 12, 31);

    /// <summary>Writes the file, or keeps an existing file of the same name (the name should carry the row count and seed).</summary>
    public static string Ensure(string path, int rows, int customers = 1_000_000, int seed = 42)
    {
        if (!File.Exists(path))
        {
            string temporary = path + ".partial";
            Write(temporary, rows, customers, seed);
            File.Move(temporary, path, overwrite: true);
        }

        return path;
    }

    /// <summary>Writes <paramref name="rows"/> rows.</summary>
    public static void Write(string path, int rows, int customers = 1_000_000, int seed = 42)
    {
        var random = new Random(seed);
        int days = End.DayNumber - Start.DayNumber + 1;
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        stream.Write("customer_id,order_date,amount,quantity\n"u8);
        byte[] line = new byte[64];
        for (int i = 0; i < rows; i++)
        {
            // Squaring a uniform draw skews purchases toward low ids: a few customers buy often, most rarely.
            double u = random.NextDouble();
            int customer = (int)(u * u * customers);
            DateOnly date = DateOnly.FromDayNumber(Start.DayNumber + random.Next(days));
            int cents = 100 + random.Next(50_000);
            int quantity = 1 + random.Next(9);
            int n = 0;
            line[n++] = (byte)'C';
            n += Digits(line.AsSpan(n), customer, 7);
            line[n++] = (byte)',';
            n += Digits(line.AsSpan(n), date.Year, 4);
            line[n++] = (byte)'-';
            n += Digits(line.AsSpan(n), date.Month, 2);
            line[n++] = (byte)'-';
            n += Digits(line.AsSpan(n), date.Day, 2);
            line[n++] = (byte)',';
            n += Encoding.ASCII.GetBytes((cents / 100).ToString(System.Globalization.CultureInfo.InvariantCulture), line.AsSpan(n));
            line[n++] = (byte)'.';
            n += Digits(line.AsSpan(n), cents % 100, 2);
            line[n++] = (byte)',';
            line[n++] = (byte)('0' + quantity);
            line[n++] = (byte)'\n';
            stream.Write(line, 0, n);
        }
    }

    private static int Digits(Span<byte> destination, int value, int width)
    {
        for (int i = width - 1; i >= 0; i--)
        {
            destination[i] = (byte)('0' + (value % 10));
            value /= 10;
        }

        return width;
    }
}
