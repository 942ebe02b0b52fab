using Gpsi.Reports.Methodology;
using Gpsi.Reports.Texts;

namespace Gpsi.Reports.Tests.Methodology;

public sealed class MethodologyDocumentTests
{
    private static readonly string Md = MethodologyDocument.Markdown(SampleRun.Recipe, SampleRun.Hash, SampleRun.Run);

    [Fact]
    public void Markdown_Header_HasTitleAndHash()
    {
        Md.ShouldStartWith("# GPSI test: Methodology\n");
        Md.ShouldContain("Recipe hash: `sha256:0123456789abcdef`");
        Md.ShouldContain("Recipe: `gpsi-test 0.1`");
        Md.ShouldContain("Edition years: `2019, 2020`");
    }

    [Fact]
    public void Markdown_Tree_HasWeightsSharesDirectionsTypesAndSeries()
    {
        Md.ShouldContain("| ·· Public order and safety | order | 1 (50%) |  |  |  |  |");
        Md.ShouldContain("| ···· Intentional homicide rate | homicide | 1 (50%) | higher is worse | O | homicide_rate | per 100k |");
        Md.ShouldContain("| ···· Global Cybersecurity Index | gci | 1 (100%) | higher is better | G | gci | 0–100 |");
        Md.ShouldContain("> *Reason (homicide):* The most comparable violence outcome.");
    }

    [Fact]
    public void Markdown_Derived_HasWordsFormulaReasonAndComponentsPerYear()
    {
        Md.ShouldContain("Formula: `1·incidents + 3·deaths + 0.5·injuries`");
        Md.ShouldContain("> *Reason:* After the Global Terrorism Index.");
        Md.ShouldContain("| Year | incidents | injuries |");
        Md.ShouldContain("| 2019 | yes (98) | no |");
        Md.ShouldContain("| 2020 | yes (101) | yes (77) |");
        Md.ShouldContain("Formula: `10 · ln(1 + terrorism_raw) / ln(1 + M)`");
    }

    [Fact]
    public void Markdown_Steps_AreInOrderWithMethodAndReason()
    {
        var impute = Md.IndexOf("### 1. impute", StringComparison.Ordinal);
        var screen = Md.IndexOf("### 2. screen", StringComparison.Ordinal);
        var normalise = Md.IndexOf("### 3. normalise", StringComparison.Ordinal);
        impute.ShouldBeGreaterThan(0);
        screen.ShouldBeGreaterThan(impute);
        normalise.ShouldBeGreaterThan(screen);
        Md.ShouldContain("Method: `latest:5`\n\n> *Reason:* Use the latest value up to five years old.");
        Md.ShouldContain("Method: `minmax, pooled over all years`\n\n> *Reason:* Pooled so that scores compare across years.");
        Md.ShouldContain("## Minimum-data rule\n\nA country is ranked in an edition when at least 60% of its indicators have a value and every dimension has at least 1 indicator(s) with a value.");
        Md.ShouldContain("Method: `quantile: Very high, High, Medium, Low, Very low`");
    }

    [Fact]
    public void Markdown_ScreenWithMinAggregates_SaysHowManyDimensions()
    {
        var recipe = SampleRun.Recipe with { Steps = [new Gpsi.Core.Recipes.Step.Screen(0.6, null, 2, 3)] };
        MethodologyDocument.Markdown(recipe, SampleRun.Hash, null).ShouldContain(
            "A country is ranked in an edition when at least 60% of its indicators have a value and at least 3 dimensions have at least 1 indicator(s) with a value.");
    }

    [Fact]
    public void Markdown_WithoutRun_LeavesOutTheComponentsAndIsDeterministic()
    {
        var a = MethodologyDocument.Markdown(SampleRun.Recipe, SampleRun.Hash, null);
        a.ShouldNotContain("Components available per year");
        a.ShouldBe(MethodologyDocument.Markdown(SampleRun.Recipe, SampleRun.Hash, null));
        a.ShouldEndWith("\n");
        a.ShouldNotEndWith("\n\n");
    }

    [Fact]
    public void HtmlFragment_Chinese_TranslatesFixedTextsAndKeepsReasonsEnglish()
    {
        var html = MethodologyDocument.HtmlFragment(SampleRun.Recipe, SampleRun.Hash, SampleRun.Run, ReportTexts.Chinese);
        html.ShouldContain("<h2>指数结构</h2>");
        html.ShouldContain("<h2>构建步骤（按顺序）</h2>");
        html.ShouldContain("<h2>最低数据要求</h2>");
        html.ShouldContain("引自配方的理由保留英文原文。");
        html.ShouldContain("&#183;&#183; 公共秩序与安全"); // WebUtility encodes U+00B7
        html.ShouldContain("越高越差");
        html.ShouldContain("一个国家在某一版中获得排名的条件是：至少60%的指标有数值，且每个维度至少有1个指标有数值。");
        html.ShouldContain("Use the latest value up to five years old.");
        html.ShouldContain("<code>sha256:0123456789abcdef</code>");
    }
}
