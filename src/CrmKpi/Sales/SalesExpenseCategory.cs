namespace CrmKpi;

/// <summary>The kinds of sales expense (销售费用) source 004 lists, for <see cref="Sales.SalesExpenses"/> (catalog P11).</summary>
public enum SalesExpenseCategory
{
    /// <summary>Travel (差旅费): trips, lodging and transport to meet customers.</summary>
    Travel = 0,

    /// <summary>Communication (通讯费): phone, mail and messaging costs.</summary>
    Communication = 1,

    /// <summary>Entertainment (招待费): hospitality for customers.</summary>
    Entertainment = 2,

    /// <summary>Internal resources (内部资源): the company's own staff and assets used for selling, such as pre-sales engineers and demo equipment.</summary>
    InternalResources = 3,

    /// <summary>Third party (第三方): agents, consultants and other outside services paid for selling.</summary>
    ThirdParty = 4,
}
