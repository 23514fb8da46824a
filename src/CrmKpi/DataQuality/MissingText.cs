namespace CrmKpi;

/// <summary>Which text values count as missing in <see cref="DataQuality.FieldCompleteness(System.ReadOnlySpan{string}, MissingText)"/>.</summary>
public enum MissingText
{
    /// <summary>Only null is missing; an empty string is a filled field.</summary>
    Null = 0,

    /// <summary>Null and the empty string are missing.</summary>
    NullOrEmpty = 1,

    /// <summary>Null, empty and all-white-space strings are missing.</summary>
    NullOrWhiteSpace = 2,
}
