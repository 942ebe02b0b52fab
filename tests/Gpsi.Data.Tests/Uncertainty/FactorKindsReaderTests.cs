using Gpsi.Core.Diagnostics;
using Gpsi.Core.Imputation;
using Gpsi.Core.Recipes;
using Gpsi.Core.Treatment;
using Gpsi.Core.Uncertainty;
using Gpsi.Data.Recipes;
using Gpsi.Data.Uncertainty;

namespace Gpsi.Data.Tests.Uncertainty;

/// <summary>The factor kinds for imputation, winsorisation limit and indicator exclusion in a factors file.</summary>
public sealed class FactorKindsReaderTests
{
    private const string NewKinds = """
        factors:
          - { name: imputation, impute: ["latest:5", ["latest:5", "backcast:10"], none] }
          - { name: winsorisation, winsorise: [3, 5, 8] }
          - name: exclusion
            exclude: [homicide, gci]
        """;

    private static Recipe Gpsi()
    {
        var read = RecipeReader.ReadFile(Path.Combine(Path.GetDirectoryName(RecipeDirectory.Find()!)!, "gpsi-v1.yaml"));
        return read.Recipe ?? throw new InvalidOperationException(string.Join('\n', read.Diagnostics));
    }

    [Fact]
    public void NewKinds_Read_WithEveryOption()
    {
        var diagnostics = new List<Diagnostic>();

        var file = FactorsReader.Read(NewKinds, "f.yaml", diagnostics);

        diagnostics.ShouldBeEmpty(string.Join('\n', diagnostics));
        file.ShouldNotBeNull();
        var impute = file.Factors[0].ShouldBeOfType<Factor.ImputationChoice>();
        impute.Options.Length.ShouldBe(3);
        impute.Options[0].ShouldBe([new ImputationMethod.LatestAvailable(5)]);
        impute.Options[1].ShouldBe([new ImputationMethod.LatestAvailable(5), new ImputationMethod.Backcast(10)]);
        impute.Options[2].ShouldBeEmpty();
        file.Factors[1].ShouldBeOfType<Factor.WinsorisationLimit>().Limits.ShouldBe([3, 5, 8]);
        var exclude = file.Factors[2].ShouldBeOfType<Factor.IndicatorExclusion>();
        exclude.Candidates.ShouldBe(["homicide", "gci"]);
        exclude.Levels.ShouldBe(3);
        // Where each value is written: gci is line 5, column 24.
        (file.Origins[2].Values[1].Line, file.Origins[2].Values[1].Column, file.Origins[2].Values[1].Field)
            .ShouldBe(((int?)5, (int?)25, "factors[2].exclude[1]"));
        (file.Origins[1].Factor.Line, file.Origins[1].Factor.Column).ShouldBe(((int?)3, (int?)5));
    }

    [Theory]
    [InlineData("factors:\n  - { name: i, impute: [\"latest:0\", none] }\n", "factors.bad-method", 2, 25, "factors[0].impute[0]")]
    [InlineData("factors:\n  - { name: i, impute: [[mean, \"foo\"], none] }\n", "factors.bad-method", 2, 32, "factors[0].impute[0][1]")]
    [InlineData("factors:\n  - { name: i, impute: [[], none] }\n", "factors.bad-value", 2, 25, "factors[0].impute[0]")]
    [InlineData("factors:\n  - { name: i, impute: [none] }\n", "factors.bad-value", 2, 24, "factors[0].impute")]
    [InlineData("factors:\n  - { name: w, winsorise: [3, -1] }\n", "factors.bad-value", 2, 31, "factors[0].winsorise[1]")]
    [InlineData("factors:\n  - { name: w, winsorise: [3, 2.5] }\n", "factors.bad-number", 2, 31, "factors[0].winsorise[1]")]
    [InlineData("factors:\n  - { name: w, winsorise: 5 }\n", "factors.wrong-type", 2, 27, "factors[0].winsorise")]
    [InlineData("factors:\n  - { name: x, exclude: [gci, gci] }\n", "factors.bad-value", 2, 31, "factors[0].exclude[1]")]
    [InlineData("factors:\n  - { name: x, exclude: [] }\n", "factors.bad-value", 2, 25, "factors[0].exclude")]
    [InlineData("factors:\n  - { name: x, exclude: [gci], winsorise: [1, 2] }\n", "factors.bad-value", 2, 5, "factors[0]")]
    public void BadNewKind_IsADiagnosticNamingLineColumnAndField(string text, string code, int line, int column, string field)
    {
        var diagnostics = new List<Diagnostic>();

        FactorsReader.Read(text, "f.yaml", diagnostics).ShouldBeNull();

        var d = diagnostics.ShouldHaveSingleItem();
        d.Code.ShouldBe(code);
        $"{d.Location!.File}:{d.Location.Line}:{d.Location.Column} {d.Location.Field}".ShouldBe($"f.yaml:{line}:{column} {field}", d.ToString());
    }

    [Fact]
    public void Check_GpsiRecipe_KnownIndicators_Pass()
    {
        var diagnostics = new List<Diagnostic>();
        var recipe = Gpsi() with { Steps = [.. Gpsi().Steps, new Step.Treat(new TreatmentMethod.Default())] };

        FactorsReader.Read(NewKinds, "f.yaml", diagnostics)!.Check(recipe, diagnostics).ShouldBeTrue(string.Join('\n', diagnostics));

        diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Check_UnknownIndicator_IsAnErrorAtItsPlaceInTheFactorsFile_WithASuggestion()
    {
        var diagnostics = new List<Diagnostic>();
        var file = FactorsReader.Read("factors:\n  - { name: x, exclude: [homicide, homicdie] }\n", "f.yaml", diagnostics)!;

        file.Check(Gpsi(), diagnostics).ShouldBeFalse();

        var d = diagnostics.ShouldHaveSingleItem();
        d.Code.ShouldBe("factors.unknown-indicator");
        d.Message.ShouldContain("did you mean 'homicide'?");
        (d.Location!.File, d.Location.Line, d.Location.Column, d.Location.Field).ShouldBe(("f.yaml", (int?)2, (int?)36, "factors[0].exclude[1]"));
    }

    [Fact]
    public void Check_OnlyChildOrMissingStep_IsAnError()
    {
        var diagnostics = new List<Diagnostic>();
        var recipe = Gpsi();
        // A recipe where cyber keeps only gci: excluding it would empty cyber. The GPSI has no default treat step.
        recipe = recipe with { Nodes = recipe.Nodes.RemoveAll(n => n.Code == "ncsi") };
        var file = FactorsReader.Read("factors:\n  - { name: x, exclude: [gci] }\n  - { name: w, winsorise: [1, 2] }\n", "f.yaml", diagnostics)!;

        file.Check(recipe, diagnostics).ShouldBeFalse();

        diagnostics.Select(d => d.Code).ShouldBe(["factors.empty-parent", "factors.no-step"]);
        diagnostics[0].Message.ShouldContain("'cyber'");
        (diagnostics[1].Location!.Line, diagnostics[1].Location!.Column).ShouldBe(((int?)3, (int?)5));
    }

    [Fact]
    public void ReadFactors_InlineInAnotherDocument_UsesThatDocumentsCodesAndPaths()
    {
        var source = new Gpsi.Data.Yaml.YamlSource("r.yaml", "recipe", "the recipe");
        var stream = new YamlDotNet.RepresentationModel.YamlStream();
        stream.Load(new StringReader("uncertainty:\n  factors:\n    - { name: w, winsorise: [3, 5] }\n    - { name: x, exclude: [] }\n"));
        var root = (YamlDotNet.RepresentationModel.YamlMappingNode)stream.Documents[0].RootNode;
        var list = ((YamlDotNet.RepresentationModel.YamlMappingNode)root.Children["uncertainty"]).Children["factors"];

        var (factors, origins) = FactorListReader.ReadFactors(source, list, "uncertainty.factors");

        factors.ShouldHaveSingleItem().ShouldBeOfType<Factor.WinsorisationLimit>().Limits.ShouldBe([3, 5]);
        origins.ShouldHaveSingleItem().Values.Select(v => v.Field).ShouldBe(["uncertainty.factors[0].winsorise[0]", "uncertainty.factors[0].winsorise[1]"]);
        var d = source.Diagnostics.ShouldHaveSingleItem();
        (d.Code, d.Location!.Field, d.Location.Line).ShouldBe(("recipe.bad-value", "uncertainty.factors[1].exclude", (int?)4));
    }
}
