using System;
using System.Runtime.InteropServices;

namespace CrmKpi.Internal;

/// <summary>Counting over flag columns.</summary>
internal static class Flags
{
    /// <summary>The number of true flags, counted on the raw bytes (vectorised by the runtime); any non-zero byte is true.</summary>
    public static long CountTrue(ReadOnlySpan<bool> flags) =>
        flags.Length - MemoryMarshal.AsBytes(flags).Count((byte)0);
}
