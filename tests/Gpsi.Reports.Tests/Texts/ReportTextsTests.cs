using Gpsi.Reports.Texts;

namespace Gpsi.Reports.Tests.Texts;

public sealed class ReportTextsTests
{
    private static readonly ReportTexts T = ReportTexts.Default;

    [Fact]
    public void Entries_EveryKey_HasEveryLanguageAndNoOther()
    {
        T.Entries.Count.ShouldBeGreaterThanOrEqualTo(148);
        foreach (var (key, byLanguage) in T.Entries)
        {
            byLanguage.Keys.ShouldBe(ReportTexts.Languages.Order(StringComparer.Ordinal), ignoreOrder: true, customMessage: key);
            byLanguage.Values.ShouldAllBe(v => v.Trim().Length > 0, key);
        }
    }

    [Fact]
    public void Entries_Placeholders_AreTheSameInEveryLanguage()
    {
        foreach (var (key, byLanguage) in T.Entries)
        {
            var en = Placeholders(byLanguage[ReportTexts.English]);
            Placeholders(byLanguage[ReportTexts.Chinese]).ShouldBe(en, key);
        }
    }

    [Theory]
    [InlineData("index")]
    [InlineData("order")]
    [InlineData("terror")]
    [InlineData("cyber")]
    [InlineData("road")]
    [InlineData("homicide")]
    [InlineData("conflict_deaths")]
    [InlineData("wjp_order")]
    [InlineData("terrorism_impact")]
    [InlineData("terrorism_deaths")]
    [InlineData("political_stability")]
    [InlineData("gci")]
    [InlineData("ncsi")]
    [InlineData("road_death_rate")]
    [InlineData("road_death_change")]
    public void Node_GpsiV1Code_HasChinese(string code)
    {
        var zh = T.Node(code, "English name", ReportTexts.Chinese);
        zh.ShouldNotBe("English name");
        zh.ShouldMatch(@"\p{IsCJKUnifiedIdeographs}");
        T.Node(code, "English name", ReportTexts.English).ShouldBe("English name");
    }

    [Fact]
    public void Node_UnknownCode_FallsBackToTheRecipeName() =>
        T.Node("disaster_resilience", "Disaster resilience", ReportTexts.Chinese).ShouldBe("Disaster resilience");

    [Fact]
    public void Country_Chinese_UsesIsoCodesNamesElseEnglish()
    {
        T.Country("NOR", "Norway", ReportTexts.Chinese).ShouldBe("挪威");
        T.Country("CHN", "China", ReportTexts.Chinese).ShouldBe("中国");
        T.Country("KOR", "South Korea", ReportTexts.Chinese).ShouldBe("韩国");
        T.Country("XKX", "Kosovo", ReportTexts.Chinese).ShouldBe("Kosovo");
        T.Country("NOR", "Norway", ReportTexts.English).ShouldBe("Norway");
        T.ChineseCountryNames.ShouldBe(249);
    }

    [Fact]
    public void Labels_BandIncomeRegion_AreTranslatedBySlug()
    {
        ReportTexts.Slug("East Asia & Pacific").ShouldBe("east-asia-pacific");
        T.Band("Very high", ReportTexts.Chinese).ShouldBe("很高");
        T.Income("Upper middle income", ReportTexts.Chinese).ShouldBe("中等偏上收入");
        T.Region("Sub-Saharan Africa", ReportTexts.Chinese).ShouldBe("撒哈拉以南非洲");
        T.Band("Band 6", ReportTexts.Chinese).ShouldBe("Band 6");
    }

    [Fact]
    public void Get_UnknownKeyOrLanguage_Throws()
    {
        Should.Throw<KeyNotFoundException>(() => T.Get("no.such.key", ReportTexts.English));
        Should.Throw<ArgumentOutOfRangeException>(() => T.Get("report.title", "fr"));
    }

    private static string[] Placeholders(string text) =>
        [.. System.Text.RegularExpressions.Regex.Matches(text, @"\{\d\}").Select(m => m.Value).Order(StringComparer.Ordinal)];
}
