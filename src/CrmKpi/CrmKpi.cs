// The library's public surface lives in namespace CrmKpi: one static class per metric family
// (Acquisition, CustomerValue, Retention, ...), column groups and small model types beside them.
[assembly: System.CLSCompliant(false)]
