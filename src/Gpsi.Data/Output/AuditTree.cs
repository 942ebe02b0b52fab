using Gpsi.Core.Audit;

namespace Gpsi.Data.Output;

/// <summary>The index tree as an <see cref="AuditReport"/> records it: each node's parent and level (the root is the
/// node with no parent link).</summary>
internal sealed class AuditTree
{
    private readonly Dictionary<string, ParentCorrelation> _links;
    private readonly int _rootLevel;

    private AuditTree(AuditReport audit)
    {
        _links = audit.ParentCorrelations.ToDictionary(p => p.Code, StringComparer.Ordinal);
        _rootLevel = audit.ParentCorrelations.IsEmpty ? 1 : audit.ParentCorrelations.Max(p => p.Level) + 1;
    }

    public static AuditTree Of(AuditReport audit) => new(audit);

    public ParentCorrelation? Link(string code) => _links.GetValueOrDefault(code);

    public int Level(string code) => _links.TryGetValue(code, out var link) ? link.Level : _rootLevel;

    /// <summary>How <paramref name="b"/> relates to <paramref name="a"/>: parent, ancestor, sibling or other.</summary>
    public string Relation(string a, string b)
    {
        var parentOfA = Link(a)?.Parent;
        if (parentOfA == b)
        {
            return "parent";
        }

        for (var p = parentOfA is null ? null : Link(parentOfA)?.Parent; p is not null; p = Link(p)?.Parent)
        {
            if (p == b)
            {
                return "ancestor";
            }
        }

        return parentOfA is not null && parentOfA == Link(b)?.Parent ? "sibling" : "other";
    }
}
