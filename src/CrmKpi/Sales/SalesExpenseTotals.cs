using System;
using CrmKpi.Internal;

namespace CrmKpi;

/// <summary>Sales expense (销售费用) in a window, by the categories of source 004 (catalog P11).</summary>
/// <param name="Travel">Travel expense, in currency units.</param>
/// <param name="Communication">Communication expense, in currency units.</param>
/// <param name="Entertainment">Entertainment expense, in currency units.</param>
/// <param name="InternalResources">Internal-resources expense, in currency units.</param>
/// <param name="ThirdParty">Third-party expense, in currency units.</param>
public readonly record struct SalesExpenseTotals(double Travel, double Communication, double Entertainment, double InternalResources, double ThirdParty)
{
    /// <summary>The total sales expense: the sum of the five categories.</summary>
    public double Total => Travel + Communication + Entertainment + InternalResources + ThirdParty;

    /// <summary>The expense of one category.</summary>
    /// <param name="category">The category.</param>
    /// <returns>That category's total, in currency units.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="category"/> is not defined.</exception>
    public double Of(SalesExpenseCategory category) => category switch
    {
        SalesExpenseCategory.Travel => Travel,
        SalesExpenseCategory.Communication => Communication,
        SalesExpenseCategory.Entertainment => Entertainment,
        SalesExpenseCategory.InternalResources => InternalResources,
        SalesExpenseCategory.ThirdParty => ThirdParty,
        _ => Guard.ThrowUndefined<SalesExpenseCategory, double>(nameof(category), category),
    };
}
