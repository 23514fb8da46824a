using System;
using System.Linq;
using System.Reflection;
using CrmKpi.Tests.Support;
using NodaTime;
using Xunit;

namespace CrmKpi.Tests;

/// <summary>
/// One workspace contract for <see cref="RfmWorkspace"/> and <see cref="RetentionWorkspace"/>: parameterless and capacity
/// constructors, <c>CustomerCapacity</c> and <c>AllocatedBytes</c>, and null meaning "pooled for this call" everywhere.
/// </summary>
public sealed class WorkspaceContractTests
{
    private static readonly Type[] Workspaces = [typeof(RfmWorkspace), typeof(RetentionWorkspace)];

    [Fact]
    public void BothWorkspaces_HaveTheSameConstructorsAndSizeProperties()
    {
        foreach (Type t in Workspaces)
        {
            Assert.NotNull(t.GetConstructor(Type.EmptyTypes));
            ConstructorInfo capacity = t.GetConstructor([typeof(int)])!;
            Assert.NotNull(capacity);
            Assert.Equal("customerCapacity", capacity.GetParameters()[0].Name);
            Assert.Equal(typeof(int), t.GetProperty("CustomerCapacity")!.PropertyType);
            Assert.Equal(typeof(long), t.GetProperty("AllocatedBytes")!.PropertyType);
        }
    }

    [Fact]
    public void EveryMemberTakingAWorkspace_AcceptsNull()
    {
        var nullability = new NullabilityInfoContext();
        string[] offenders =
        [
            .. typeof(Acquisition).Assembly.GetExportedTypes()
                .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly))
                .SelectMany(m => m.GetParameters().Where(p => Workspaces.Contains(p.ParameterType)).Select(p => (m, p)))
                .Where(x => nullability.Create(x.p).WriteState != NullabilityState.Nullable)
                .Select(x => $"{x.m.DeclaringType!.Name}.{x.m.Name}: {x.p.Name}"),
        ];
        Assert.True(offenders.Length == 0, "workspace parameters must be nullable (null = pooled):\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void CapacityConstructors_ReserveTheDocumentedBytesPerCustomer()
    {
        // RFM: two doubles a customer (16 bytes); retention: one flag byte and two doubles a customer (17 bytes).
        var rfm = new RfmWorkspace(1_000);
        Assert.Equal(1_000, rfm.CustomerCapacity);
        Assert.Equal(16_000, rfm.AllocatedBytes);
        var retention = new RetentionWorkspace(1_000);
        Assert.Equal(1_000, retention.CustomerCapacity);
        Assert.Equal(17_000, retention.AllocatedBytes);
        Assert.Equal(0, new RfmWorkspace().AllocatedBytes);
        Assert.Equal(0, new RetentionWorkspace().AllocatedBytes);
    }

    [Fact]
    public void CapacityConstructors_NegativeCapacity_ThrowNamingIt()
    {
        Assert.Equal("customerCapacity", Assert.Throws<ArgumentOutOfRangeException>(() => new RfmWorkspace(-1)).ParamName);
        Assert.Equal("customerCapacity", Assert.Throws<ArgumentOutOfRangeException>(() => new RetentionWorkspace(-1)).ParamName);
    }

    [Fact]
    public void NullWorkspace_GivesWhatAnOwnWorkspaceGives()
    {
        TransactionColumns tx = SmallLog.Columns;
        var january = new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 1, 31));
        var own = new RetentionWorkspace();
        Assert.Equal(Retention.Classify(tx, SmallLog.February, own), Retention.Classify(tx, SmallLog.February, (RetentionWorkspace?)null));
        Assert.Equal(Retention.Classify(tx, SmallLog.February, january, own), Retention.Classify(tx, SmallLog.February, january, null));
        Assert.Equal(Retention.DecomposeRevenue(tx, january, SmallLog.February, own), Retention.DecomposeRevenue(tx, january, SmallLog.February, null));
        var range = new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 3, 31));
        CohortTable a = Retention.Cohorts(tx, range, PeriodUnit.Month, own), b = Retention.Cohorts(tx, range, PeriodUnit.Month, null);
        Assert.Equal(a.TotalCustomers, b.TotalCustomers);
        for (int c = 0; c < a.CohortCount; c++)
        {
            for (int k = 0; k < a.PeriodCount - c && a.IsObserved(c, k); k++)
            {
                Assert.Equal(a.Active(c, k), b.Active(c, k));
            }
        }

        RfmValues[] values = Rfm.Values(tx, range, range.End, RfmMonetary.Total);
        var withOwn = new RfmScore[values.Length];
        var withNull = new RfmScore[values.Length];
        Rfm.Score(values, 3, RfmScoring.RankBased, withOwn, new RfmWorkspace());
        Rfm.Score(values, 3, RfmScoring.RankBased, withNull, null);
        Assert.Equal(withOwn, withNull);
    }
}
