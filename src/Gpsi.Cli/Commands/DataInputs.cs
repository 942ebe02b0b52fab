using Gpsi.Core.Diagnostics;
using Gpsi.Data;
using Gpsi.Data.Countries;
using Gpsi.Data.Loading;
using Gpsi.Data.Sources;

namespace Gpsi.Cli.Commands;

/// <summary>
/// What <c>gpsi data check</c> and <c>gpsi data load</c> share: find the data folder and its catalogue (the folder's
/// own <c>catalogue.yaml</c>, as a fetched snapshot has, else the built-in catalogue of ../shared/data), load the
/// country registry, and run the loader.
/// </summary>
internal static class DataInputs
{
    /// <summary>The file name of a folder's own catalogue (a fetched snapshot writes one).</summary>
    public const string FolderCatalogue = "catalogue.yaml";

    /// <summary>Loads <paramref name="folder"/> (null: the shared data folder); null when the inputs themselves are unusable.</summary>
    public static Loaded? Load(DirectoryInfo? folder, FileInfo? catalogueFile, DirectoryInfo? registryFolder, LoadMode mode,
        List<Diagnostic> diagnostics)
    {
        var root = folder?.FullName ?? DataDirectory.Resolve();
        if (root is null || !Directory.Exists(root))
        {
            diagnostics.Add(Diagnostic.Error("data.not-found", "The data folder was not found.",
                new SourceLocation(root ?? "../shared/data"), null,
                $"a folder argument, ${DataDirectory.EnvironmentVariable}, or ../shared/data beside the repository"));
            return null;
        }

        var (catalogue, catalogueName) = ReadCatalogue(root, catalogueFile, diagnostics);
        // The registry is built from the shared data's reference/ folder; a fetched snapshot has none of its own.
        var registryRoot = registryFolder?.FullName
            ?? (Directory.Exists(Path.Combine(root, "reference")) ? root : DataDirectory.Resolve());
        var registry = registryRoot is null ? null : CountryRegistry.Load(registryRoot, diagnostics);
        if (registry is null && registryRoot is null)
        {
            diagnostics.Add(Diagnostic.Error("registry.not-found", "No reference/ folder for the country registry was found.",
                new SourceLocation(root), null, "--registry DIR naming a folder with reference/*.csv, or ../shared/data"));
        }

        if (catalogue is null || registry is null)
        {
            return null;
        }

        var readers = SourceReaders.Default;
        var loader = new DataLoader(registry.Resolve, readers.Find);
        var load = loader.Load(root, catalogue.Sources, mode);
        return new Loaded(root, catalogueName, catalogue, registry, load);
    }

    private static (SourceCatalogue? Catalogue, string Name) ReadCatalogue(string root, FileInfo? file,
        List<Diagnostic> diagnostics)
    {
        if (file is not null)
        {
            return (SourceCatalogue.Read(file.FullName, diagnostics), file.FullName);
        }

        var own = Path.Combine(root, FolderCatalogue);
        return File.Exists(own)
            ? (SourceCatalogue.Read(own, diagnostics), own)
            : (SourceCatalogue.Default, "built-in catalogue/sources.yaml");
    }

    /// <summary>A finished load and what produced it.</summary>
    internal sealed record Loaded(string Root, string CatalogueName, SourceCatalogue Catalogue, CountryRegistry Registry,
        DataLoad Load);
}
