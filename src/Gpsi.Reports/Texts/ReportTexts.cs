using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using YamlDotNet.RepresentationModel;

namespace Gpsi.Reports.Texts;

/// <summary>
/// Every text the reports show, in every language, from the embedded <c>texts.yaml</c> (key → {en, zh-Hans}), plus
/// the Chinese country names (Debian iso-codes). Node, band, income-group and region names are looked up by key and
/// fall back to the English text given (the recipe's or the registry's) when the key is absent.
/// </summary>
public sealed class ReportTexts
{
    /// <summary>English.</summary>
    public const string English = "en";

    /// <summary>Simplified Chinese.</summary>
    public const string Chinese = "zh-Hans";

    private readonly ImmutableSortedDictionary<string, ImmutableSortedDictionary<string, string>> _entries;
    private readonly ImmutableSortedDictionary<string, string> _chineseCountries;

    private ReportTexts(
        ImmutableSortedDictionary<string, ImmutableSortedDictionary<string, string>> entries,
        ImmutableSortedDictionary<string, string> chineseCountries)
    {
        _entries = entries;
        _chineseCountries = chineseCountries;
    }

    /// <summary>The languages every key has, English first.</summary>
    public static ImmutableArray<string> Languages { get; } = [English, Chinese];

    /// <summary>The embedded texts.</summary>
    public static ReportTexts Default { get; } = Load();

    /// <summary>Every key with its text per language, as written in texts.yaml.</summary>
    public ImmutableSortedDictionary<string, ImmutableSortedDictionary<string, string>> Entries => _entries;

    /// <summary>How many countries have a Chinese name.</summary>
    public int ChineseCountryNames => _chineseCountries.Count;

    /// <summary>Throws unless <paramref name="language"/> is one of <see cref="Languages"/>.</summary>
    public static void CheckLanguage(string language)
    {
        if (!Languages.Contains(language))
        {
            throw new ArgumentOutOfRangeException(nameof(language), language, "expected en or zh-Hans");
        }
    }

    /// <summary>The text of <paramref name="key"/>; an unknown key is a bug and throws.</summary>
    public string Get(string key, string language)
    {
        CheckLanguage(language);
        return _entries.TryGetValue(key, out var byLanguage) && byLanguage.TryGetValue(language, out var text)
            ? text
            : throw new KeyNotFoundException($"texts.yaml has no '{key}' in {language}");
    }

    /// <summary>The text of <paramref name="key"/> with {0}, {1} … filled in (invariant culture).</summary>
    public string Format(string key, string language, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, Get(key, language), args);

    /// <summary>The text under <paramref name="key"/>, or <paramref name="fallback"/> when there is none.</summary>
    public string Optional(string key, string language, string fallback)
    {
        CheckLanguage(language);
        return _entries.TryGetValue(key, out var byLanguage) && byLanguage.TryGetValue(language, out var text)
            ? text
            : fallback;
    }

    /// <summary>A node's name: <c>node.&lt;code&gt;</c> in Chinese, else the recipe's (English) name.</summary>
    public string Node(string code, string recipeName, string language) =>
        language == English ? recipeName : Optional("node." + code, language, recipeName);

    /// <summary>A band label (<c>band.&lt;slug&gt;</c>), else the label itself.</summary>
    public string Band(string? label, string language) => Label("band.", label, language);

    /// <summary>A World Bank income group (<c>income.&lt;slug&gt;</c>), else the group itself.</summary>
    public string Income(string? group, string language) => Label("income.", group, language);

    /// <summary>A World Bank region (<c>region.&lt;slug&gt;</c>), else the region itself.</summary>
    public string Region(string? region, string language) => Label("region.", region, language);

    /// <summary>A country's name: the Chinese short name when there is one (iso-codes), else the English name.</summary>
    public string Country(string iso3, string englishName, string language)
    {
        CheckLanguage(language);
        return language == Chinese && _chineseCountries.TryGetValue(iso3, out var zh) ? zh : englishName;
    }

    /// <summary>The key form of a label: lower case, runs of other characters as one hyphen ("East Asia &amp; Pacific" → east-asia-pacific).</summary>
    public static string Slug(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var sb = new StringBuilder(label.Length);
        foreach (var c in label.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                sb.Append(c);
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        return sb.ToString().TrimEnd('-');
    }

    private string Label(string prefix, string? label, string language) =>
        label is null ? string.Empty : language == English ? label : Optional(prefix + Slug(label), language, label);

    private static ReportTexts Load()
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(Resource("Gpsi.Reports.texts.yaml"), Encoding.UTF8))
        {
            yaml.Load(reader);
        }

        var entries = ImmutableSortedDictionary.CreateBuilder<string, ImmutableSortedDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var (key, value) in ((YamlMappingNode)yaml.Documents[0].RootNode).Children)
        {
            var byLanguage = ((YamlMappingNode)value).Children.ToImmutableSortedDictionary(
                p => ((YamlScalarNode)p.Key).Value!, p => ((YamlScalarNode)p.Value).Value!, StringComparer.Ordinal);
            entries.Add(((YamlScalarNode)key).Value!, byLanguage);
        }

        var countries = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        using (var reader = new StreamReader(Resource("Gpsi.Reports.country-names-zh.csv"), Encoding.UTF8))
        {
            reader.ReadLine();
            while (reader.ReadLine() is { Length: > 0 } line)
            {
                var comma = line.IndexOf(',', StringComparison.Ordinal);
                countries[line[..comma]] = line[(comma + 1)..];
            }
        }

        return new ReportTexts(entries.ToImmutable(), countries.ToImmutable());
    }

    private static Stream Resource(string name) =>
        typeof(ReportTexts).Assembly.GetManifestResourceStream(name)
        ?? throw new InvalidOperationException($"embedded resource {name} is missing");
}
