using System.Text.RegularExpressions;
using Gpsi.Core.Diagnostics;
using Gpsi.Data.Sources;
using Gpsi.Data.Sources.Readers;

namespace Gpsi.Data.Tests.Sources;

/// <summary>Keeps <c>docs/data-sources.md</c> in step with the catalogue reader and the readers.</summary>
public sealed partial class DataSourcesDocsTests
{
    private static readonly string Doc = File.ReadAllText(RepositoryFiles.Docs("data-sources.md"));

    [Fact]
    public void Doc_KeyTables_ListExactlyTheAcceptedKeys()
    {
        var documented = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        foreach (var line in Doc.Split('\n'))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                current = null;
            }
            else if (Heading().Match(line) is { Success: true } heading)
            {
                documented.Add(heading.Groups[1].Value, current = []);
            }
            else if (current is not null && Row().Match(line) is { Success: true } row)
            {
                current.Add(row.Groups[1].Value);
            }
        }

        documented.Keys.Order(StringComparer.Ordinal).ShouldBe(SourceCatalogue.AcceptedKeys.Keys);
        foreach (var (section, keys) in SourceCatalogue.AcceptedKeys)
        {
            documented[section].ShouldBe([.. keys], customMessage: $"section `{section}`");
        }
    }

    [Fact]
    public void Doc_Example_ReadsWithoutDiagnostics()
    {
        var start = Doc.IndexOf("```yaml\n", StringComparison.Ordinal) + "```yaml\n".Length;
        var end = Doc.IndexOf("```", start, StringComparison.Ordinal);
        var diagnostics = new List<Diagnostic>();
        var catalogue = SourceCatalogue.Parse(new StringReader(Doc[start..end]), "docs/data-sources.md", diagnostics);
        diagnostics.ShouldBeEmpty(string.Join("\n", diagnostics));
        catalogue!.Sources.Count.ShouldBe(4);
    }

    [Fact]
    public void Doc_FormatTable_ListsEveryFormatAndEveryReaderOption()
    {
        var rows = Doc.Split('\n').Select(l => FormatRow().Match(l)).Where(m => m.Success)
            .ToDictionary(m => m.Groups[1].Value, m => m.Value);
        rows.Keys.Order(StringComparer.Ordinal).ShouldBe(SourceFormats.All.Order(StringComparer.Ordinal));
        ISourceReader[] readers =
        [
            new OwidLongReader(), new WhoGhoReader(), new WgiLongReader(), new WjpWideReader(), new ItuGciReader(),
            new RdatasetsGridReader(), new SdmxCsvReader(), new GenericLongReader(), new GtdEventReader(),
            new WorldBankJsonReader(), new GhoODataReader(),
        ];
        readers.Select(r => r.Format).Order(StringComparer.Ordinal).ShouldBe(SourceReaders.Default.Formats);
        foreach (var reader in readers)
        {
            var options = reader.GetType().GetProperty("Options")?.GetValue(reader) as IReadOnlyList<string> ?? [];
            foreach (var option in options.Except(["year", "missing-values", "at-least-marker"]))
            {
                rows[reader.Format].ShouldContain($"`{option}`", customMessage: reader.Format);
            }

            rows[reader.Format].ShouldContain($"`{reader.GetType().Name}`");
        }
    }

    [GeneratedRegex(@"^### `([^`]+)`\s*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\| `([^`]+)` \|")]
    private static partial Regex Row();

    [GeneratedRegex(@"^\| `([a-z-]+)` \| (`[A-Za-z]+`|–|[a-z]+ reader).*$")]
    private static partial Regex FormatRow();
}
