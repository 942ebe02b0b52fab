using Gpsi.Core.Observations;

namespace Gpsi.Core.Derivation;

/// <summary>The provenance of a derived value, merged from the input observations it was computed from.</summary>
internal static class DerivedProvenance
{
    /// <summary>
    /// Source ids (distinct, in input order) joined with "+", files with "; ", the line when there is exactly one
    /// input observation, vintages with "; ", <paramref name="unit"/>, the inputs' transformations (distinct, in
    /// order) followed by <paramref name="rule"/>, and the union of the inputs' flags with <see cref="ObservationFlags.Derived"/>.
    /// </summary>
    public static Provenance Merge(IReadOnlyList<Observation> inputs, string unit, string rule)
    {
        if (inputs.Count == 0)
        {
            throw new ArgumentException("A derived value needs at least one input observation.", nameof(inputs));
        }

        var sources = new List<string>(2);
        var files = new List<string>(2);
        var vintages = new List<string>(2);
        var transformations = new List<string>();
        var flags = ObservationFlags.Derived;
        foreach (var input in inputs)
        {
            var p = input.Provenance;
            AddDistinct(sources, p.SourceId);
            AddDistinct(files, p.File);
            AddDistinct(vintages, p.Vintage);
            foreach (var t in p.Transformations)
            {
                AddDistinct(transformations, t);
            }

            flags |= p.Flags;
        }

        transformations.Add(rule);
        var line = inputs.Count == 1 ? inputs[0].Provenance.Line : null;
        return new Provenance(string.Join("+", sources), string.Join("; ", files), line, string.Join("; ", vintages),
            unit, transformations, flags);
    }

    private static void AddDistinct(List<string> list, string item)
    {
        if (!list.Contains(item, StringComparer.Ordinal))
        {
            list.Add(item);
        }
    }
}
