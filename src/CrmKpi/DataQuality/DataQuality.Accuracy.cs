using System;
using System.Numerics;
using CrmKpi.Internal;

namespace CrmKpi;

public static partial class DataQuality
{
    /// <summary>Customer information accuracy (客户信息准确性): filled fields that pass the caller's validation rules over filled fields checked (Q2).</summary>
    /// <param name="valid">Filled fields that pass the rules (format, range, reference lists), summed over the records. Not negative, at most <paramref name="filled"/>.</param>
    /// <param name="filled">Filled fields checked, summed over the records. Not negative.</param>
    /// <returns>A fraction in [0, 1]; NaN when no field was filled.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or <paramref name="valid"/> exceeds <paramref name="filled"/>.</exception>
    /// <remarks>
    /// <para>Formula: <c>accuracy = valid filled fields / filled fields</c>. Missing fields are the concern of <see cref="Completeness(long, long)"/> (Q1)
    /// and are left out here, so the two halves of source 004's 完整与准确性 do not count a gap twice.</para>
    /// <para>Catalog Q2, source 004. Example: 4,600 filled fields of which 4,370 pass the rules: 0.95 (hand calculation).</para>
    /// </remarks>
    public static double Accuracy(long valid, long filled) =>
        Ratios.Share(valid, filled, nameof(valid), nameof(filled));

    /// <summary>Accuracy of one text field (Q2, per field): of the records whose value is not missing under <paramref name="missing"/>, the share that <paramref name="isValid"/> accepts.</summary>
    /// <param name="values">The field of every record.</param>
    /// <param name="missing">Which values count as missing (and are not checked): null only, also empty, or also white space.</param>
    /// <param name="isValid">The caller's rule (a format, a range, a reference list); called once per filled value.</param>
    /// <returns>A fraction in [0, 1]; NaN when no value is filled.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="isValid"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="missing"/> is not defined.</exception>
    /// <remarks>Example: "a@example.com", "not-an-email", null, "b@example.com" with an "contains @" rule: 2 of 3 filled values, 2 / 3.
    /// An exception thrown by <paramref name="isValid"/> propagates unchanged.</remarks>
    public static double FieldAccuracy(ReadOnlySpan<string?> values, MissingText missing, Func<string, bool> isValid)
    {
        Guard.Defined(missing);
        ArgumentNullException.ThrowIfNull(isValid);
        long filled = 0, valid = 0;
        foreach (string? v in values)
        {
            if (!IsMissing(v, missing))
            {
                filled++;
                valid += isValid(v!) ? 1 : 0;
            }
        }

        return (double)valid / filled;
    }

    /// <summary>Accuracy of one field of values (Q2, per field): of the records that have a value, the share that <paramref name="isValid"/> accepts.</summary>
    /// <typeparam name="T">The field's value type.</typeparam>
    /// <param name="values">The field of every record; null is missing and not checked.</param>
    /// <param name="isValid">The caller's rule (a range, a reference list); called once per value.</param>
    /// <returns>A fraction in [0, 1]; NaN when no record has a value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="isValid"/> is null.</exception>
    /// <remarks>Example: ages 34, null, 212, 51 with the rule 0 ≤ age ≤ 120: 2 of 3, 2 / 3. An exception thrown by <paramref name="isValid"/> propagates unchanged.</remarks>
    public static double FieldAccuracy<T>(ReadOnlySpan<T?> values, Func<T, bool> isValid)
        where T : struct
    {
        ArgumentNullException.ThrowIfNull(isValid);
        long filled = 0, valid = 0;
        foreach (T? v in values)
        {
            if (v.HasValue)
            {
                filled++;
                valid += isValid(v.GetValueOrDefault()) ? 1 : 0;
            }
        }

        return (double)valid / filled;
    }

    /// <summary>
    /// Accuracy over all records and per field, from a filled mask and a valid mask per field laid end to end (Q2): writes each field's
    /// accuracy to <paramref name="destination"/> and returns valid fields over filled fields.
    /// </summary>
    /// <param name="filledBits">The filled masks, laid out as for <see cref="Completeness(ReadOnlySpan{ulong}, int, Span{double})"/>: field f in words
    /// <c>[f w, (f + 1) w)</c> with <c>w = ceil(records / 64)</c>; exactly <c>fields x w</c> words.</param>
    /// <param name="validBits">The valid masks in the same layout: a bit is set when the field of that record passed the rules. A valid bit needs its filled bit.</param>
    /// <param name="records">The number of records. Not negative.</param>
    /// <param name="destination">Receives the accuracy of each field (NaN for a field filled nowhere); its length is the number of fields.</param>
    /// <returns>Valid fields / filled fields, a fraction in [0, 1]; NaN when no field is filled.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="records"/> is negative.</exception>
    /// <exception cref="ArgumentException">A mask does not hold <c>destination.Length</c> masks of <c>ceil(records / 64)</c> words, or a valid bit is set
    /// where the filled bit is not (the message names the field and the record).</exception>
    /// <remarks>
    /// <para>Formula: overall = <c>sum over fields of valid / sum over fields of filled</c>, a mean of the per-field values weighted by how often each is filled;
    /// equals <see cref="Accuracy(long, long)"/> on the counts.</para>
    /// <para>Example: 4 records, field email filled 1111 valid 1011 (record 2 invalid), field phone filled 0101 valid 0101: per field 3 / 4 and 1, overall 5 / 6.</para>
    /// </remarks>
    public static double Accuracy(ReadOnlySpan<ulong> filledBits, ReadOnlySpan<ulong> validBits, int records, Span<double> destination)
    {
        int words = RequireMaskPair(filledBits, validBits, records, destination.Length);
        long filled = 0, valid = 0;
        for (int f = 0; f < destination.Length; f++)
        {
            long fieldFilled = CountBits(filledBits.Slice(f * words, words), records);
            long fieldValid = CountBits(validBits.Slice(f * words, words), records);
            destination[f] = (double)fieldValid / fieldFilled;
            filled += fieldFilled;
            valid += fieldValid;
        }

        return (double)valid / filled;
    }

    /// <summary>Accuracy per record (Q2, record view): for each record, its valid fields over its filled fields, from the masks of <see cref="Accuracy(ReadOnlySpan{ulong}, ReadOnlySpan{ulong}, int, Span{double})"/>.</summary>
    /// <param name="filledBits">The filled masks of the fields laid end to end.</param>
    /// <param name="validBits">The valid masks in the same layout; a valid bit needs its filled bit.</param>
    /// <param name="fields">The number of fields. Not negative.</param>
    /// <param name="destination">Receives each record's accuracy (NaN for a record with no field filled); its length is the number of records.</param>
    /// <returns>The share of records whose filled fields all pass the rules (a record with none filled counts as accurate), a fraction in [0, 1]; NaN for no records.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fields"/> is negative.</exception>
    /// <exception cref="ArgumentException">A mask does not hold <paramref name="fields"/> masks of <c>ceil(destination.Length / 64)</c> words, or a valid bit is set
    /// where the filled bit is not.</exception>
    /// <remarks>Example: the two fields above: records 0, 1 and 3 have every filled field valid (1, 1, 1); record 2 has email invalid and phone valid (0.5);
    /// 3 of 4 records accurate, 0.75. O(records x fields) bit reads, no allocation.</remarks>
    public static double RecordAccuracy(ReadOnlySpan<ulong> filledBits, ReadOnlySpan<ulong> validBits, int fields, Span<double> destination)
    {
        Guard.NotNegative(fields);
        int records = destination.Length;
        int words = RequireMaskPair(filledBits, validBits, records, fields);
        long accurate = 0;
        for (int r = 0; r < records; r++)
        {
            int word = r >> 6;
            ulong bit = 1UL << (r & 63);
            int filled = 0, valid = 0;
            for (int f = 0; f < fields; f++)
            {
                filled += (filledBits[(f * words) + word] & bit) != 0 ? 1 : 0;
                valid += (validBits[(f * words) + word] & bit) != 0 ? 1 : 0;
            }

            destination[r] = (double)valid / filled;
            accurate += valid == filled ? 1 : 0;
        }

        return (double)accurate / records;
    }

    /// <summary>Checks the two masks' lengths and that no valid bit lacks its filled bit; returns the words per field.</summary>
    private static int RequireMaskPair(ReadOnlySpan<ulong> filledBits, ReadOnlySpan<ulong> validBits, int records, int fields)
    {
        Guard.NotNegative(records);
        int words = WordsFor(records);
        RequireMasks(filledBits, nameof(filledBits), fields, records, words);
        RequireMasks(validBits, nameof(validBits), fields, records, words);
        for (int i = 0; i < filledBits.Length; i++)
        {
            ulong orphan = validBits[i] & ~filledBits[i] & LastWordMask(i % words, words, records);
            if (orphan != 0)
            {
                int field = i / words;
                long record = ((long)(i % words) << 6) + BitOperations.TrailingZeroCount(orphan);
                Guard.ThrowArgument(nameof(validBits), $"{nameof(validBits)} marks field {field} of record {record} valid, but {nameof(filledBits)} marks it missing.");
            }
        }

        return words;
    }

    /// <summary>Throws unless <paramref name="bits"/> holds exactly <paramref name="fields"/> masks of <paramref name="words"/> words.</summary>
    private static void RequireMasks(ReadOnlySpan<ulong> bits, string paramName, int fields, int records, int words)
    {
        if (bits.Length != (long)fields * words)
        {
            Guard.ThrowArgument(paramName, $"{paramName} has {bits.Length} words; {fields} fields of {records} records need {(long)fields * words}.");
        }
    }
}
