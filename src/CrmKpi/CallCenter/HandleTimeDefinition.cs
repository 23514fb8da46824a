namespace CrmKpi;

/// <summary>What an average handle time (catalog C6) adds up per handled call.</summary>
public enum HandleTimeDefinition
{
    /// <summary>Talk + hold + after-call work: the industry's usual AHT, and the work an agent is busy with.</summary>
    TalkHoldAfterCallWork = 0,

    /// <summary>Talk + after-call work, without hold: source 004's definition (平均处理时间 = 谈话时间 + 后续处理时间).</summary>
    TalkAfterCallWork = 1,
}
