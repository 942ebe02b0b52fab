namespace Gpsi.Reports.Texts;

/// <summary>The texts bound to one language, for the page writers.</summary>
internal sealed class Words(ReportTexts texts, string language)
{
    public string Language { get; } = language;

    public bool IsChinese => Language == ReportTexts.Chinese;

    public ReportTexts Texts { get; } = texts;

    public string this[string key] => Texts.Get(key, Language);

    public string F(string key, params object?[] args) => Texts.Format(key, Language, args);

    public string Node(string code, string name) => Texts.Node(code, name, Language);

    public string Band(string? label) => Texts.Band(label, Language);

    public string Income(string? group) => Texts.Income(group, Language);

    public string Region(string? region) => Texts.Region(region, Language);

    public string Country(string iso3, string name) => Texts.Country(iso3, name, Language);
}
