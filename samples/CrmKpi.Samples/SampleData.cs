using System;
using System.IO;

namespace CrmKpi.Samples;

/// <summary>The bundled data the report runs over, each file loaded on first use.</summary>
public sealed class SampleData(string dataDirectory)
{
    private CdnowLog? _cdnow;

    /// <summary>The folder that holds the bundled data (samples/data).</summary>
    public string DataDirectory { get; } = dataDirectory;

    /// <summary>The CDNOW master purchase log: 69,659 purchases by 23,570 customers, 1997-01-01 to 1998-06-30.</summary>
    public CdnowLog Cdnow => _cdnow ??= CdnowLog.Load(PathOf("cdnow", "CDNOW_master.txt"));

    /// <summary>The full path of a bundled file.</summary>
    public string PathOf(params string[] parts) => Path.Combine([DataDirectory, .. parts]);

    /// <summary>The data folder next to the program, where the build copies samples/data.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "data");
}
