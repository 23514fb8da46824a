using System;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace CrmKpi.Internal;

/// <summary>
/// The one place that validates arguments. Checks are small and inlined; the throws are cold,
/// never inlined, and build culture-invariant messages that state the parameter, the rule and the
/// offending value.
/// </summary>
internal static class Guard
{
    /// <summary>Throws when <paramref name="value"/> is negative.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void NotNegative(long value, [CallerArgumentExpression(nameof(value))] string paramName = "")
    {
        if (value < 0)
        {
            ThrowOutOfRange(paramName, value, "must not be negative");
        }
    }

    /// <summary>Throws when <paramref name="value"/> is negative, NaN or infinite.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void FiniteNonNegative(double value, [CallerArgumentExpression(nameof(value))] string paramName = "")
    {
        if (!(value >= 0) || double.IsPositiveInfinity(value))
        {
            ThrowOutOfRange(paramName, value, "must be finite and not negative");
        }
    }

    /// <summary>Throws when <paramref name="value"/> is NaN or infinite.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Finite(double value, [CallerArgumentExpression(nameof(value))] string paramName = "")
    {
        if (!double.IsFinite(value))
        {
            ThrowOutOfRange(paramName, value, "must be finite");
        }
    }

    /// <summary>Throws when <paramref name="value"/> is positive infinity, NaN or not greater than zero.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void FinitePositive(double value, [CallerArgumentExpression(nameof(value))] string paramName = "")
    {
        if (!(value > 0) || double.IsPositiveInfinity(value))
        {
            ThrowOutOfRange(paramName, value, "must be finite and greater than zero");
        }
    }

    /// <summary>Throws when <paramref name="value"/> is not positive.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Positive(long value, [CallerArgumentExpression(nameof(value))] string paramName = "")
    {
        if (value <= 0)
        {
            ThrowOutOfRange(paramName, value, "must be greater than zero");
        }
    }

    /// <summary>Throws when <paramref name="value"/> is outside [<paramref name="min"/>, <paramref name="max"/>] or NaN.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void InRange(double value, double min, double max, [CallerArgumentExpression(nameof(value))] string paramName = "")
    {
        if (!(value >= min && value <= max))
        {
            ThrowOutOfRange(paramName, value, string.Create(CultureInfo.InvariantCulture, $"must be in the range [{min}, {max}]"));
        }
    }

    /// <summary>Throws when <paramref name="value"/> is outside [<paramref name="min"/>, <paramref name="max"/>].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void InRange(long value, long min, long max, [CallerArgumentExpression(nameof(value))] string paramName = "")
    {
        if (value < min || value > max)
        {
            ThrowOutOfRange(paramName, value, string.Create(CultureInfo.InvariantCulture, $"must be in the range [{min}, {max}]"));
        }
    }

    /// <summary>Throws when <paramref name="part"/> exceeds <paramref name="whole"/> (both already checked not negative).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void NotGreaterThan(long part, long whole, string wholeName, [CallerArgumentExpression(nameof(part))] string paramName = "")
    {
        if (part > whole)
        {
            ThrowOutOfRange(paramName, part, string.Create(CultureInfo.InvariantCulture, $"must not exceed {wholeName} ({whole})"));
        }
    }

    /// <summary>Throws when <paramref name="value"/> is not a named member of its enum (the one enum check of the library).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Defined<TEnum>(TEnum value, [CallerArgumentExpression(nameof(value))] string paramName = "")
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            ThrowUndefined(paramName, value);
        }
    }

    /// <summary>Throws for an enum value that is not a named member; for the default arm of a switch over the enum.</summary>
    /// <returns>Never returns; typed so that a switch expression arm can call it.</returns>
    [DoesNotReturn, StackTraceHidden, MethodImpl(MethodImplOptions.NoInlining)]
    public static TResult ThrowUndefined<TEnum, TResult>(string paramName, TEnum value)
        where TEnum : struct, Enum =>
        throw new ArgumentOutOfRangeException(
            paramName,
            value,
            string.Create(CultureInfo.InvariantCulture, $"{paramName} must be a defined {typeof(TEnum).Name} value; was {value}."));

    /// <summary>Throws when <paramref name="value"/> is negative.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void NotNegative(NodaTime.Duration value, [CallerArgumentExpression(nameof(value))] string paramName = "")
    {
        if (value < NodaTime.Duration.Zero)
        {
            ThrowOutOfRange(paramName, value, "must not be negative");
        }
    }

    /// <summary>Throws when <paramref name="value"/> is not greater than zero.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Positive(NodaTime.Duration value, [CallerArgumentExpression(nameof(value))] string paramName = "")
    {
        if (value <= NodaTime.Duration.Zero)
        {
            ThrowOutOfRange(paramName, value, "must be greater than zero");
        }
    }

    /// <summary>
    /// Throws when <paramref name="earlier"/> does not end before <paramref name="later"/> starts: the check every member that
    /// compares two windows makes, so that passing them in the wrong order throws instead of answering.
    /// Both windows must already be known to be ISO.
    /// </summary>
    public static void EndsBefore(NodaTime.DateInterval earlier, NodaTime.DateInterval later, string paramName)
    {
        if (DateKey.Sortable(earlier.End) >= DateKey.Sortable(later.Start))
        {
            ThrowOutOfRange(paramName, earlier, "must end before " + later.ToString() + " starts");
        }
    }

    /// <summary>
    /// The exact sum of two counts already checked not negative; throws naming <paramref name="paramName"/>
    /// (the count that made the total too large) when the total exceeds <see cref="long.MaxValue"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long CountTotal(long total, long count, [CallerArgumentExpression(nameof(count))] string paramName = "")
    {
        long sum = unchecked(total + count);
        if (sum < total)
        {
            ThrowOutOfRange(paramName, count, string.Create(CultureInfo.InvariantCulture, $"makes the total count exceed {long.MaxValue} (the other counts add up to {total})"));
        }

        return sum;
    }

    /// <summary>Throws when a column's length differs from the first column's.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SameLength(int expected, int actual, string paramName)
    {
        if (expected != actual)
        {
            ThrowLengthMismatch(paramName, expected, actual);
        }
    }

    /// <summary>Throws when a destination span is shorter than the result it must hold.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void DestinationLength(int required, int actual, string paramName = "destination")
    {
        if (actual < required)
        {
            ThrowDestinationTooShort(paramName, required, actual);
        }
    }

    /// <summary>Throws when <paramref name="destination"/> partly or wholly overlaps <paramref name="input"/>.</summary>
    public static void NotOverlapping<TIn, TOut>(ReadOnlySpan<TIn> input, Span<TOut> destination, string paramName = "destination")
    {
        ref byte inStart = ref Unsafe.As<TIn, byte>(ref System.Runtime.InteropServices.MemoryMarshal.GetReference(input));
        ref byte outStart = ref Unsafe.As<TOut, byte>(ref System.Runtime.InteropServices.MemoryMarshal.GetReference(destination));
        nint inBytes = (nint)input.Length * Unsafe.SizeOf<TIn>();
        nint outBytes = (nint)destination.Length * Unsafe.SizeOf<TOut>();
        if (inBytes == 0 || outBytes == 0)
        {
            return;
        }

        nint offset = Unsafe.ByteOffset(ref inStart, ref outStart);
        if (offset > -outBytes && offset < inBytes)
        {
            ThrowOverlap(paramName);
        }
    }

    /// <summary>Throws for an element of a column that breaks the column's rule; names the column and the index.</summary>
    [DoesNotReturn, StackTraceHidden, MethodImpl(MethodImplOptions.NoInlining)]
    public static void ThrowElement<T>(string paramName, int index, T value, string rule) =>
        throw new ArgumentOutOfRangeException(
            paramName,
            value,
            string.Create(CultureInfo.InvariantCulture, $"{paramName}[{index}] {rule}; was {value}."));

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> with the value and the rule it broke.</summary>
    [DoesNotReturn, StackTraceHidden, MethodImpl(MethodImplOptions.NoInlining)]
    public static void ThrowOutOfRange<T>(string paramName, T value, string rule) =>
        throw new ArgumentOutOfRangeException(
            paramName,
            value,
            string.Create(CultureInfo.InvariantCulture, $"{paramName} {rule}; was {value}."));

    /// <summary>Throws <see cref="ArgumentException"/> for an argument whose shape (not value) is wrong.</summary>
    [DoesNotReturn, StackTraceHidden, MethodImpl(MethodImplOptions.NoInlining)]
    public static void ThrowArgument(string paramName, string message) =>
        throw new ArgumentException(message, paramName);

    [DoesNotReturn, StackTraceHidden, MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowUndefined<TEnum>(string paramName, TEnum value)
        where TEnum : struct, Enum =>
        ThrowUndefined<TEnum, bool>(paramName, value);

    [DoesNotReturn, StackTraceHidden, MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowLengthMismatch(string paramName, int expected, int actual) =>
        throw new ArgumentException(
            string.Create(CultureInfo.InvariantCulture, $"{paramName} has {actual} elements; the columns must all have {expected}."),
            paramName);

    [DoesNotReturn, StackTraceHidden, MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowDestinationTooShort(string paramName, int required, int actual) =>
        throw new ArgumentException(
            string.Create(CultureInfo.InvariantCulture, $"{paramName} has {actual} elements; at least {required} are needed."),
            paramName);

    [DoesNotReturn, StackTraceHidden, MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowOverlap(string paramName) =>
        throw new ArgumentException($"{paramName} must not overlap an input span.", paramName);
}
