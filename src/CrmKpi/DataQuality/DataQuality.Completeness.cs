using System;
using System.Numerics;
using CrmKpi.Internal;

namespace CrmKpi;

public static partial class DataQuality
{
    /// <summary>Customer information completeness (客户信息完整与准确性): filled required fields over required fields (Q1).</summary>
    /// <param name="filled">Required fields that are filled, summed over the records. Not negative, at most <paramref name="required"/>.</param>
    /// <param name="required">Required fields, summed over the records (fields x records). Not negative.</param>
    /// <returns>A fraction in [0, 1]; NaN when nothing is required.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or <paramref name="filled"/> exceeds <paramref name="required"/>.</exception>
    /// <remarks><para>Formula: <c>filled required fields / required fields</c>.</para><para>Catalog Q1, source 004. Example: 1,000 records x 5 required fields with 4,600 filled: 0.92.</para></remarks>
    public static double Completeness(long filled, long required) =>
        Ratios.Share(filled, required, nameof(filled), nameof(required));

    /// <summary>Completeness of one field from its nullable values: the share that has a value (Q1, per field).</summary>
    /// <typeparam name="T">The field's value type.</typeparam>
    /// <param name="values">The field of every record; null is missing.</param>
    /// <returns>A fraction in [0, 1]; NaN for no records.</returns>
    /// <remarks>Example: 3, null, 5, 8: 0.75.</remarks>
    public static double FieldCompleteness<T>(ReadOnlySpan<T?> values)
        where T : struct
    {
        long filled = 0;
        foreach (T? v in values)
        {
            filled += v.HasValue ? 1 : 0;
        }

        return (double)filled / values.Length;
    }

    /// <summary>Completeness of one text field: the share of records whose value is not missing under <paramref name="missing"/> (Q1, per field).</summary>
    /// <param name="values">The field of every record.</param>
    /// <param name="missing">Which values count as missing: null only, also empty, or also white space.</param>
    /// <returns>A fraction in [0, 1]; NaN for no records.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="missing"/> is not defined.</exception>
    /// <remarks>Example: "a", null, "", " ": 0.75 with <see cref="MissingText.Null"/>, 0.5 with <see cref="MissingText.NullOrEmpty"/>, 0.25 with <see cref="MissingText.NullOrWhiteSpace"/>.</remarks>
    public static double FieldCompleteness(ReadOnlySpan<string?> values, MissingText missing)
    {
        Guard.Defined(missing);

        long filled = 0;
        foreach (string? v in values)
        {
            filled += IsMissing(v, missing) ? 0 : 1;
        }

        return (double)filled / values.Length;
    }

    /// <summary>Completeness of one field from a bit mask: bit r set when record r has the field filled (Q1, per field).</summary>
    /// <param name="filledBits">The mask, record r at bit <c>r % 64</c> of word <c>r / 64</c>; at least <c>ceil(records / 64)</c> words. Bits past <paramref name="records"/> are ignored.</param>
    /// <param name="records">The number of records. Not negative.</param>
    /// <returns>A fraction in [0, 1]; NaN for no records.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="records"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="filledBits"/> is shorter than <c>ceil(records / 64)</c> words.</exception>
    /// <remarks>One population count per 64 records. Example: 10 records with mask 0b1011111111: 0.9.</remarks>
    public static double FieldCompleteness(ReadOnlySpan<ulong> filledBits, int records)
    {
        Guard.NotNegative(records);
        int words = WordsFor(records);
        if (filledBits.Length < words)
        {
            Guard.ThrowArgument(nameof(filledBits), $"{nameof(filledBits)} has {filledBits.Length} words; {records} records need {words}.");
        }

        return (double)CountBits(filledBits[..words], records) / records;
    }

    /// <summary>
    /// Completeness over all records and per field, from one bit mask per field laid end to end (Q1): writes each field's
    /// completeness to <paramref name="destination"/> and returns the overall share of filled fields.
    /// </summary>
    /// <param name="filledBits">The masks of the fields, field f in words <c>[f w, (f + 1) w)</c> with <c>w = ceil(records / 64)</c>; exactly <c>fields x w</c> words.</param>
    /// <param name="records">The number of records. Not negative.</param>
    /// <param name="destination">Receives the completeness of each field; its length is the number of fields.</param>
    /// <returns>Filled fields / (fields x records), a fraction in [0, 1]; NaN for no fields or no records.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="records"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="filledBits"/> does not hold <c>destination.Length</c> masks of <c>ceil(records / 64)</c> words.</exception>
    /// <remarks>
    /// <para>Formula: overall = <c>sum over fields of filled / (fields x records)</c> = the mean of the per-field values; equals
    /// <see cref="Completeness(long, long)"/> on the counts.</para>
    /// <para>Example: 4 records, fields name 1111 and phone 0101 (records 0 and 2 filled): per field 1 and 0.5, overall 6 / 8 = 0.75.</para>
    /// </remarks>
    public static double Completeness(ReadOnlySpan<ulong> filledBits, int records, Span<double> destination)
    {
        Guard.NotNegative(records);
        int words = WordsFor(records);
        int fields = destination.Length;
        RequireMasks(filledBits, nameof(filledBits), fields, records, words);

        long filled = 0;
        for (int f = 0; f < fields; f++)
        {
            long count = CountBits(filledBits.Slice(f * words, words), records);
            destination[f] = (double)count / records;
            filled += count;
        }

        return (double)filled / ((long)fields * records);
    }

    /// <summary>The share of records with every field filled, from one bit mask per field laid end to end (Q1, record view).</summary>
    /// <param name="filledBits">The masks of the fields, as for <see cref="Completeness(ReadOnlySpan{ulong}, int, Span{double})"/>.</param>
    /// <param name="records">The number of records. Not negative.</param>
    /// <param name="fields">The number of fields. Not negative.</param>
    /// <returns>Complete records / records, a fraction in [0, 1]; NaN for no records; 1 with no fields (nothing is required).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="records"/> or <paramref name="fields"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="filledBits"/> does not hold <paramref name="fields"/> masks.</exception>
    /// <remarks>Example: the two fields above (1111 and 0101): records 0 and 2 are complete, 0.5.</remarks>
    public static double CompleteRecords(ReadOnlySpan<ulong> filledBits, int records, int fields)
    {
        Guard.NotNegative(records);
        Guard.NotNegative(fields);
        int words = WordsFor(records);
        RequireMasks(filledBits, nameof(filledBits), fields, records, words);

        long complete = 0;
        for (int w = 0; w < words; w++)
        {
            ulong all = LastWordMask(w, words, records);
            for (int f = 0; f < fields; f++)
            {
                all &= filledBits[(f * words) + w];
            }

            complete += BitOperations.PopCount(all);
        }

        return (double)complete / records;
    }

    /// <summary>Whether a text value is missing under the rule (already checked to be defined).</summary>
    private static bool IsMissing(string? value, MissingText missing) => missing switch
    {
        MissingText.Null => value is null,
        MissingText.NullOrEmpty => string.IsNullOrEmpty(value),
        _ => string.IsNullOrWhiteSpace(value),
    };

    private static int WordsFor(int records) => (int)(((long)records + 63) >> 6);

    private static ulong LastWordMask(int word, int words, int records) =>
        word < words - 1 || (records & 63) == 0 ? ulong.MaxValue : (1UL << (records & 63)) - 1;

    private static long CountBits(ReadOnlySpan<ulong> words, int records)
    {
        long count = 0;
        for (int w = 0; w < words.Length; w++)
        {
            count += BitOperations.PopCount(words[w] & LastWordMask(w, words.Length, records));
        }

        return count;
    }
}
