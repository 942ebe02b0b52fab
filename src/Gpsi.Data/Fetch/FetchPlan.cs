namespace Gpsi.Data.Fetch;

/// <summary>
/// What <c>gpsi fetch</c> downloads: the targets of <c>catalogue/online.yaml</c> (compiled in as
/// <see cref="Default"/>), or of any file in the same shape (<see cref="Parse"/>).
/// </summary>
/// <param name="Targets">The targets in file order; ids are unique.</param>
public sealed record FetchPlan(IReadOnlyList<FetchTarget> Targets)
{
    private const string ResourceName = "Gpsi.Data.catalogue.online.yaml";

    private static readonly Lazy<FetchPlan> Embedded = new(LoadEmbedded);

    /// <summary>The plan compiled into Gpsi.Data from <c>catalogue/online.yaml</c>.</summary>
    public static FetchPlan Default => Embedded.Value;

    /// <summary>
    /// Parses a plan. The plan is program data, so a malformed one is a bug: it throws
    /// <see cref="InvalidDataException"/> naming <paramref name="fileName"/>, line and column.
    /// </summary>
    public static FetchPlan Parse(string yaml, string fileName) => FetchPlanParser.Parse(yaml, fileName);

    /// <summary>The ids in <paramref name="ids"/> that no target has, in the order given.</summary>
    public IReadOnlyList<string> UnknownIds(IEnumerable<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return ids.Where(id => Targets.All(t => t.Id != id)).ToList();
    }

    /// <summary>
    /// The targets named in <paramref name="only"/> in plan order (all when it is null or empty).
    /// Throws <see cref="ArgumentException"/> for an unknown id (check with <see cref="UnknownIds"/> first).
    /// </summary>
    public IReadOnlyList<FetchTarget> Select(IReadOnlyCollection<string>? only)
    {
        if (only is null || only.Count == 0)
        {
            return Targets;
        }

        var unknown = UnknownIds(only);
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"Unknown fetch target(s): {string.Join(", ", unknown)}.", nameof(only));
        }

        return Targets.Where(t => only.Contains(t.Id)).ToList();
    }

    private static FetchPlan LoadEmbedded()
    {
        using var stream = typeof(FetchPlan).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), "catalogue/online.yaml");
    }
}
