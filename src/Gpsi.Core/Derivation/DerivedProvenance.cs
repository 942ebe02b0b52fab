using Gpsi.Core.Observations;

namespace Gpsi.Core.Derivation;

/// <summary>The provenance of a derived value, merged from the input observations it was computed from.</summary>
internal static class DerivedProvenance
{
    /// <summary>
    /// Source ids (distinct, in input order) joined with "+", files with "; ", the line when there is exactly one
    /// input observation, vintages with "; ", <paramref name="unit"/>, the inputs' transformations (distinct, in
    /// order) followed by <paramref name="rule"/>, and the union of the inputs' flags with <see cref="ObservationFlags.Derived"/>.
    /// An input that is itself derived contributes each of its joined sources, files and vintages once.
    /// </summary>
    public static Provenance Merge(IReadOnlyList<Observation> inputs, string unit, string rule)
    {
        if (inputs.Count == 0)
        {
            throw new ArgumentException("A derived value needs at least one input observation.", nameof(inputs));
        }

        if (inputs.Count == 1)
        {
            // One input: its sources, files, vintages and line as they are; nothing to de-duplicate.
            var only = inputs[0].Provenance;
            return only with
            {
                Unit = unit,
                Transformations = [.. only.Transformations, rule],
                Flags = only.Flags | ObservationFlags.Derived,
            };
        }

        var sources = new List<string>(2);
        var files = new List<string>(2);
        var vintages = new List<string>(2);
        var transformations = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var flags = ObservationFlags.Derived;
        foreach (var input in inputs)
        {
            var p = input.Provenance;
            AddEach(sources, p.SourceId, "+");
            AddEach(files, p.File, "; ");
            AddEach(vintages, p.Vintage, "; ");
            foreach (var t in p.Transformations)
            {
                if (seen.Add(t))
                {
                    transformations.Add(t);
                }
            }

            flags |= p.Flags;
        }

        transformations.Add(rule);
        return new Provenance(string.Join("+", sources), string.Join("; ", files), null, string.Join("; ", vintages),
            unit, transformations, flags);
    }

    private static void AddEach(List<string> list, string joined, string separator)
    {
        if (!joined.Contains(separator, StringComparison.Ordinal))
        {
            AddDistinct(list, joined);
            return;
        }

        foreach (var part in joined.Split(separator))
        {
            AddDistinct(list, part);
        }
    }

    private static void AddDistinct(List<string> list, string item)
    {
        if (!list.Contains(item, StringComparer.Ordinal))
        {
            list.Add(item);
        }
    }
}
