using Gpsi.Core.Diagnostics;
using Gpsi.Data.Csv;

namespace Gpsi.Data.Countries;

/// <summary>Reads a CSV file embedded in this assembly.</summary>
internal static class EmbeddedTable
{
    /// <summary>The table; throws when the resource is missing from the build (a packaging bug).</summary>
    public static CsvTable? Read(string resource, string file, List<Diagnostic> diagnostics)
    {
        using var stream = typeof(EmbeddedTable).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded resource {resource} is missing from the build.");
        using var reader = new StreamReader(stream);
        return CsvTable.Parse(reader, file, diagnostics);
    }
}
