using System.Text;

namespace Gpsi.Data.Tests.Sources.Readers;

/// <summary>Temporary GTD event files for tests, deleted on dispose.</summary>
internal sealed class GtdFiles : IDisposable
{
    public const string Header = "nkill,nwound,propvalue,country_gtd,iso3,year";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "gpsi-gtd-" + Guid.NewGuid().ToString("N"));

    public GtdFiles() => Directory.CreateDirectory(_folder);

    /// <summary>Writes the header and the lines joined by LF (with a final LF).</summary>
    public string Lines(params string[] lines) => Write(Header + "\n" + string.Concat(lines.Select(l => l + "\n")));

    /// <summary>Writes <paramref name="text"/> verbatim as UTF-8 (no BOM).</summary>
    public string Write(string text) => Write(Encoding.UTF8.GetBytes(text));

    public string Write(byte[] bytes)
    {
        var path = Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
