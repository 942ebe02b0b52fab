using Gpsi.Core.Audit;
using Gpsi.Core.Building;

namespace Gpsi.Data.Tests.Output;

/// <summary>
/// The audit of the six-unit build of tests/Shared/AuditFixtures (values in tests/Gpsi.Core.Tests/Audit/audit_reference.py):
/// Index = amean(P, Q), P = amean(a, b) with b missing for U6, Q = amean(c, d, e); c runs against Q, e hardly relates.
/// </summary>
internal static class AuditSample
{
    private static readonly Lazy<(AuditReport, LeaveOneOutResult)> Audited = new(() =>
    {
        var build = Build();
        return (Auditor.Run(build, 0), Gpsi.Core.Audit.LeaveOneOut.Run(build, 2024));
    });

    public static AuditReport Audit => Audited.Value.Item1;

    public static LeaveOneOutResult LeaveOneOut => Audited.Value.Item2;

    public static Build Build() => Gpsi.Tests.AuditFixtures.Build();
}
