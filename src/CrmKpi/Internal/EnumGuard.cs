using System;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace CrmKpi.Internal;

/// <summary>The check that an enum argument holds one of its defined values, for the metrics' variant options.</summary>
internal static class EnumGuard
{
    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the parameter when <paramref name="value"/> is not a defined <typeparamref name="TEnum"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Defined<TEnum>(TEnum value, [CallerArgumentExpression(nameof(value))] string paramName = "")
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            Throw(value, paramName);
        }
    }

    /// <summary>Throws for an undefined value; typed as a result so it can end a switch expression.</summary>
    [DoesNotReturn, StackTraceHidden, MethodImpl(MethodImplOptions.NoInlining)]
    public static double Throw<TEnum>(TEnum value, string paramName)
        where TEnum : struct, Enum
    {
        Guard.ThrowOutOfRange(paramName, value, "must be a defined " + typeof(TEnum).Name);
        return double.NaN;
    }
}
