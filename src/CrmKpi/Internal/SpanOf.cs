using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.InteropServices;

namespace CrmKpi.Internal;

/// <summary>
/// The span behind a collection, for the convenience overloads that take <see cref="IEnumerable{T}"/> beside a span
/// form: arrays and lists are read in place (no copy), any other sequence is copied once.
/// </summary>
internal static class SpanOf
{
    /// <summary>The elements of <paramref name="values"/> as a span.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    public static ReadOnlySpan<T> Elements<T>(IEnumerable<T> values, string paramName)
    {
        ArgumentNullException.ThrowIfNull(values, paramName);
        return values switch
        {
            T[] array => array,
            List<T> list => CollectionsMarshal.AsSpan(list),
            _ => values.ToArray(),
        };
    }
}
