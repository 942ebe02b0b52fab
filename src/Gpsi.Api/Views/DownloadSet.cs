using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using Gpsi.Data.Editions;
using Gpsi.Data.Output;

namespace Gpsi.Api.Views;

/// <summary>
/// A run's output files exactly as <c>gpsi build</c> writes them (<see cref="IndexRunFiles.Render"/>), rendered once
/// per run on first use (rendering takes about a second) and kept while the run is.
/// </summary>
internal sealed class DownloadSet
{
    private static readonly ConditionalWeakTable<IndexRun, Lazy<DownloadSet>> Sets = new();

    private DownloadSet(IReadOnlyList<OutputFile> files)
    {
        List = [.. files.Select(f => new ApiDownload(f.Name, MediaType(f.Name), f.Content.LongLength,
            Convert.ToHexStringLower(SHA256.HashData(f.Content)), "/api/downloads/" + f.Name))];
        Files = files.ToFrozenDictionary(f => f.Name, StringComparer.Ordinal);
        Body = ApiBody.Of(List);
    }

    /// <summary><see cref="List"/> serialised.</summary>
    public ApiBody Body { get; }

    /// <summary>The files in <c>gpsi build</c>'s order, <c>manifest.json</c> last.</summary>
    public IReadOnlyList<ApiDownload> List { get; }

    public FrozenDictionary<string, OutputFile> Files { get; }

    public static DownloadSet Of(IndexRun run) =>
        Sets.GetValue(run, r => new Lazy<DownloadSet>(() => new DownloadSet(IndexRunFiles.Render(r)))).Value;

    /// <summary>The media type by extension; <c>application/octet-stream</c> for one not listed.</summary>
    public static string MediaType(string name) => Path.GetExtension(name).ToUpperInvariant() switch
    {
        ".CSV" => "text/csv",
        ".JSON" => "application/json",
        ".XLSX" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => "application/octet-stream",
    };
}
