namespace CrmKpi.Samples;

/// <summary>One section of the KPI report: a metric family computed over the bundled data.</summary>
public interface IReportSection
{
    /// <summary>Computes the family's metrics and writes them to the report.</summary>
    void Write(Report report, SampleData data);
}
