using Gpsi.Core.Diagnostics;
using Gpsi.Core.Recipes;
using Gpsi.Data.Countries;
using Gpsi.Data.Loading;
using Gpsi.Data.Sources;

namespace Gpsi.Data.Editions;

/// <summary>
/// The inputs of a catalogue-based recipe read from disk: its source catalogue (<c>default</c> = the embedded one,
/// else a path relative to the recipe), the country registry, and the observations of exactly the sources whose
/// series the recipe reads, loaded in strict mode (any data error rejects the load).
/// </summary>
/// <param name="Catalogue">The catalogue.</param>
/// <param name="CatalogueName">Where it came from, for messages.</param>
/// <param name="Registry">The country registry.</param>
/// <param name="Load">The strict load of the recipe's sources.</param>
public sealed record IndexInputs(SourceCatalogue Catalogue, string CatalogueName, CountryRegistry Registry, DataLoad Load)
{
    /// <summary>Reads the inputs; null with errors in <paramref name="diagnostics"/>.</summary>
    /// <param name="recipe">A recipe whose <c>data.catalogue</c> is set.</param>
    /// <param name="recipeDirectory">The recipe file's folder (a catalogue path is relative to it).</param>
    /// <param name="dataDirectory">The shared data folder.</param>
    /// <param name="diagnostics">Receives problems.</param>
    public static IndexInputs? Read(Recipe recipe, string recipeDirectory, string dataDirectory,
        List<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var name = recipe.Data?.Catalogue
            ?? throw new ArgumentException("The recipe is not catalogue-based.", nameof(recipe));
        var catalogue = name == "default"
            ? SourceCatalogue.Default
            : SourceCatalogue.Read(Path.GetFullPath(Path.Combine(recipeDirectory, name)), diagnostics);
        var registry = CountryRegistry.Load(dataDirectory, diagnostics);
        if (catalogue is null || registry is null)
        {
            return null;
        }

        var used = IndexRunner.SeriesUsed(recipe);
        var sources = catalogue.Sources.Where(s => s.Series.Any(x => used.Contains(x.Indicator))).ToList();
        var provided = sources.SelectMany(s => s.Series.Select(x => x.Indicator)).ToHashSet(StringComparer.Ordinal);
        foreach (var missing in used.Where(u => !provided.Contains(u)))
        {
            var near = Core.Diagnostics.Suggestions.Closest(missing,
                [.. catalogue.Sources.SelectMany(s => s.Series.Select(x => x.Indicator)), .. recipe.Derived.Select(d => d.Code)]);
            foreach (var field in SeriesReaders.FieldsReading(recipe, missing))
            {
                diagnostics.Add(Diagnostic.Error("recipe.unknown-series",
                    $"Series '{missing}' is neither in catalogue {(name == "default" ? "catalogue/sources.yaml" : name)} nor a derived series listed before it"
                    + (near is null ? "." : $"; did you mean '{near}'?"),
                    new SourceLocation(Field: field), missing, "a series code listed in the catalogue, or a derived series"));
            }
        }

        if (diagnostics.HasErrors())
        {
            return null;
        }

        var load = new DataLoader(registry.Resolve, SourceReaders.Default.Find).Load(dataDirectory, sources, LoadMode.Strict);
        diagnostics.AddRange(load.Diagnostics);
        return load.Rejected ? null : new IndexInputs(catalogue, name, registry, load);
    }
}
