using System.Collections.Immutable;

namespace Gpsi.Data.Sources;

/// <summary>The keys a source catalogue file may use, by level; <c>docs/data-sources.md</c> documents exactly these.</summary>
internal static class SourceCatalogueKeys
{
    public static readonly ImmutableArray<string> Root = ["sources"];

    public static readonly ImmutableArray<string> Source =
        ["id", "title", "publisher", "url", "licence", "file", "format", "vintage", "notes", "options", "series"];

    public static readonly ImmutableArray<string> Series =
        ["indicator", "column", "unit", "kind", "range", "scale", "filter", "years"];

    /// <summary>The <see cref="ValueKind"/> names as written in the catalogue.</summary>
    public static readonly ImmutableArray<string> Kinds =
        [.. Enum.GetNames<ValueKind>().Select(n => n.ToLowerInvariant())];
}
