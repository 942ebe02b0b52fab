using Gpsi.Core.Aggregation;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Imputation;
using Gpsi.Core.Normalisation;
using Gpsi.Core.Recipes;
using Gpsi.Core.Results;
using Gpsi.Core.Structure;
using Gpsi.Core.Treatment;
using Gpsi.Core.Weighting;
using Gpsi.Data.Recipes;

namespace Gpsi.Data.Tests.Recipes;

public sealed class RecipeReaderTests
{
    private static RecipeReadResult Read(string text) => RecipeReader.Read(text, "r.yaml");

    private static Diagnostic Single(RecipeReadResult result, string code)
    {
        result.Recipe.ShouldBeNull();
        var found = result.Diagnostics.Where(d => d.Code == code).ToList();
        found.Count.ShouldBe(1, string.Join("\n", result.Diagnostics));
        return found[0];
    }

    private static void ShouldBeAt(Diagnostic d, int line, int column, string? field) =>
        d.Location.ShouldBe(new SourceLocation("r.yaml", line, column, field), d.ToString());

    [Fact]
    public void Read_Asem_GivesEveryField()
    {
        var result = Read(SampleRecipes.Asem);
        result.Diagnostics.ShouldBeEmpty();
        var r = result.Recipe.ShouldNotBeNull();
        r.Name.ShouldBe("asem");
        r.Title.ShouldBe("Sustainable Connectivity");
        r.Data.ShouldBe(new DataSource { File = "data.csv", DefaultYear = 2018 });
        r.Variables.ShouldBe([new PanelVariable("GDP_group", VariableRole.Group, "GDP group"),
            new PanelVariable("Population", VariableRole.Denominator, "Population", "Thousands")]);
        r.Nodes.Select(n => n.Code).ShouldBe(["LPI", "Flights", "Gas", "Physical", "Political", "Conn", "Index"]);
        r.Nodes[0].ShouldBe(new Node
        {
            Code = "LPI", Kind = NodeKind.Indicator, Name = "Logistics Performance Index", Parent = "Physical",
            Unit = "Score 1-5", Target = 4.1, Goalposts = new Goalposts(1, 5), Type = "outcome",
        });
        r.Nodes[1].Direction.ShouldBe(Direction.Negative);
        r.Nodes[1].Denominator.ShouldBe(new Denominator("Population", 100000));
        r.Nodes[2].Denominator.ShouldBe(new Denominator("Population"));
        r.Nodes[2].Weight.ShouldBe(0.5);
        r.Nodes[6].ShouldBe(new Node { Code = "Index", Kind = NodeKind.Aggregate, Name = "Sustainable Connectivity" });
        r.Steps.Length.ShouldBe(7);
        r.Steps[0].ShouldBeOfType<Step.Denominate>();
        r.Steps[1].ShouldBe(new Step.Screen(0.66, 1, 2));
        r.Steps[2].ShouldBe(new Step.Impute(new ImputationMethod.GroupMean("GDP_group")));
        var treat = r.Steps[3].ShouldBeOfType<Step.Treat>();
        treat.Method.ShouldBe(new TreatmentMethod.Default());
        treat.PerIndicator!["Gas"].ShouldBe(new TreatmentMethod.None());
        var normalise = r.Steps[4].ShouldBeOfType<Step.Normalise>();
        normalise.Method.ShouldBe(new NormalisationMethod.MinMax(0, 100));
        normalise.Reference.ShouldBe(NormalisationReference.Pooled);
        normalise.PerIndicator!["LPI"].ShouldBe(new NormalisationMethod.Rank());
        var set = r.Steps[5].ShouldBeOfType<Step.Weight>().Method.ShouldBeOfType<WeightingMethod.Set>();
        set.Name.ShouldBe("alt");
        set.Weights["LPI"].ShouldBe(2);
        var aggregate = r.Steps[6].ShouldBeOfType<Step.Aggregate>();
        aggregate.ByLevel![3].ShouldBe(new AggregationMethod.GeometricMean());
        aggregate.MinAvailability.ShouldBe(0.5);
        var bands = r.Bands.ShouldBeOfType<BandRule.Fixed>();
        bands.Thresholds.ShouldBe([80, 60, 40, 20]);
        bands.Labels.ShouldBe(["A", "B", "C", "D", "E"]);
        r.Years.ShouldBe([2018]);
    }

    [Fact]
    public void Read_Json_GivesTheSameRecipeAsYaml()
    {
        const string Json = """
            {
              "name": "tiny",
              "indicators": [ { "code": "a", "parent": "Index" }, { "code": "b", "parent": "Index" } ],
              "aggregates": [ { "code": "Index" } ],
              "steps": [ { "normalise": "minmax" }, { "aggregate": { "method": "amean" } } ]
            }
            """;
        var json = RecipeReader.Read(Json, "r.json");
        json.Succeeded.ShouldBeTrue(string.Join("\n", json.Diagnostics));
        RecipeHash.Compute(json.Recipe).ShouldBe(RecipeHash.Compute(Read(SampleRecipes.Minimal).Recipe!));
    }

    [Fact]
    public void Read_UnknownParent_NamesTheLine()
    {
        const string Text = """
            name: x
            indicators:
              - code: a
                parent: Index
              - code: b
                parent: Nope
            aggregates:
              - code: Index
            """;
        var d = Single(Read(Text), "tree.unknown-parent");
        ShouldBeAt(d, 6, 13, "indicators[1].parent");
        d.Found.ShouldBe("Nope");
    }

    [Fact]
    public void Read_Cycle_NamesTheLine()
    {
        const string Text = """
            name: x
            indicators:
              - { code: a, parent: P }
              - { code: b, parent: Index }
            aggregates:
              - { code: P, parent: Q }
              - { code: Q, parent: P }
              - { code: Index }
            """;
        ShouldBeAt(Single(Read(Text), "tree.cycle"), 6, 24, "aggregates[0].parent");
    }

    [Fact]
    public void Read_DuplicateCodeAndEmptyAggregate_AreBothReported()
    {
        const string Text = """
            name: x
            indicators:
              - { code: a, parent: Index }
              - { code: a, parent: Index }
            aggregates:
              - { code: Empty, parent: Index }
              - { code: Index }
            """;
        var result = Read(Text);
        ShouldBeAt(Single(result, "tree.duplicate-code"), 4, 13, "indicators[1].code");
        ShouldBeAt(Single(result, "tree.empty-aggregate"), 6, 13, "aggregates[0].code");
    }

    [Fact]
    public void Read_TwoRoots_NamesTheSecond()
    {
        const string Text = """
            name: x
            indicators:
              - { code: a, parent: Index }
              - { code: b, parent: Other }
            aggregates:
              - { code: Index }
              - { code: Other }
            """;
        ShouldBeAt(Single(Read(Text), "recipe.roots"), 7, 5, "aggregates[1].parent");
    }

    [Fact]
    public void Read_UnknownKey_SuggestsTheClosest()
    {
        const string Text = """
            name: x
            indicators:
              - code: a
                parnet: Index
            aggregates:
              - code: Index
            """;
        var result = Read(Text);
        var d = Single(result, "recipe.unknown-key");
        ShouldBeAt(d, 4, 5, "indicators[0].parnet");
        d.Message.ShouldContain("did you mean 'parent'?");
        d.Expected.ShouldNotBeNull().ShouldContain("parent");
        ShouldBeAt(Single(result, "recipe.missing-key"), 3, 5, "indicators[0].parent");
    }

    [Fact]
    public void Read_UnknownStep_SuggestsTheClosest()
    {
        var text = SampleRecipes.Minimal.Replace("- normalise: minmax", "- normalize: minmax", StringComparison.Ordinal);
        var d = Single(Read(text), "recipe.unknown-key");
        ShouldBeAt(d, 8, 5, "steps[0]");
        d.Message.ShouldContain("did you mean 'normalise'?");
    }

    [Fact]
    public void Read_BadNumber_SaysWhatWasExpected()
    {
        var text = SampleRecipes.Minimal.Replace("{ code: b, parent: Index }", "{ code: b, parent: Index, weight: 1;5 }",
            StringComparison.Ordinal);
        var d = Single(Read(text), "recipe.bad-number");
        ShouldBeAt(d, 4, 39, "indicators[1].weight");
        d.Found.ShouldBe("1;5");
        d.Expected.ShouldNotBeNull().ShouldContain("finite number");
    }

    [Fact]
    public void Read_YamlSyntaxError_IsLocated()
    {
        var d = Single(Read("name: x\n  indicators: 2\n"), "recipe.yaml");
        d.Location!.Line.ShouldBe(2);
        d.Location.Column.ShouldBe(13);
    }

    [Fact]
    public void Read_UnclosedBracket_NamesTheBracket()
    {
        var d = Single(Read("name: x\nindicators: [1, 2\naggregates: []\n"), "recipe.yaml");
        ShouldBeAt(d, 2, 13, null);
        d.Message.ShouldContain("'[' is never closed");
    }

    [Fact]
    public void Read_DuplicateKey_IsLocated() =>
        Single(Read("name: x\nname: y\n"), "recipe.yaml").Location!.Line.ShouldBe(2);

    [Fact]
    public void Read_MissingName_IsReportedAtTheTop()
    {
        var text = SampleRecipes.Minimal.Replace("name: tiny\n", string.Empty, StringComparison.Ordinal);
        var d = Single(Read(text), "recipe.missing-key");
        ShouldBeAt(d, 1, 1, "name");
        d.Expected.ShouldNotBeNull().ShouldStartWith("'name'");
    }

    [Fact]
    public void Read_EmptyFile_IsAnError() => Single(Read("# nothing\n"), "recipe.empty");

    [Fact]
    public void Read_WrongType_SaysWhatWasFound()
    {
        var d = Single(Read("name: x\nindicators: lots\naggregates: []\n"), "recipe.wrong-type");
        ShouldBeAt(d, 2, 13, "indicators");
        d.Found.ShouldBe("lots");
    }

    [Fact]
    public void Read_BadEnum_ListsTheAllowedValues()
    {
        var text = SampleRecipes.Minimal.Replace("name: tiny\n", "name: tiny\ndata: { file: d.csv, layout: wdie }\n",
            StringComparison.Ordinal);
        var d = Single(Read(text), "recipe.bad-value");
        ShouldBeAt(d, 2, 30, "data.layout");
        d.Expected.ShouldBe("one of wide, long");
        d.Message.ShouldContain("did you mean 'wide'?");
    }

    [Fact]
    public void Read_BadMethod_SaysWhatTheSyntaxExpects()
    {
        var text = SampleRecipes.Minimal.Replace("- normalise: minmax", "- normalise: minmax:5,1", StringComparison.Ordinal);
        var d = Single(Read(text), "recipe.bad-method");
        ShouldBeAt(d, 8, 16, "steps[0].normalise.method");
        d.Message.ShouldContain("L < U");
        d.Expected.ShouldBe(MethodSyntax.NormalisationForms);
    }

    [Fact]
    public void Read_SeveralProblems_AreAllReportedInFileOrder()
    {
        const string Text = """
            name: x
            data: { file: d.csv, colour: red }
            indicators:
              - { code: a, parent: Index, denominator: Pop }
              - { code: b, parent: Index, weight: heavy }
            aggregates:
              - { code: Index }
            steps:
              - impute: bogus
              - normalise: { method: minmax, per-indicator: { Zz: rank } }
              - aggregate: { method: amean, by-level: { 9: gmean } }
            """;
        var result = Read(Text);
        result.Recipe.ShouldBeNull();
        result.Diagnostics.Select(d => $"{d.Location!.Line}:{d.Code}:{d.Location.Field}").ShouldBe(
        [
            "2:recipe.unknown-key:data.colour",
            "4:recipe.unknown-denominator:indicators[0].denominator",
            "5:recipe.bad-number:indicators[1].weight",
            "9:recipe.bad-method:steps[0].impute.method",
            "10:recipe.unknown-indicator:steps[1].normalise.per-indicator.Zz",
            "11:recipe.unknown-level:steps[2].aggregate.by-level.9",
        ]);
    }

    [Fact]
    public void Read_DenominatorThatIsAGroup_IsAnError()
    {
        var text = SampleRecipes.Asem.Replace("denominator: Population", "denominator: GDP_group", StringComparison.Ordinal);
        ShouldBeAt(Single(Read(text), "recipe.unknown-denominator"), 25, 18, "indicators[2].denominator");
    }

    [Fact]
    public void Read_GroupImputationWithoutGroup_IsAnError()
    {
        var text = SampleRecipes.Asem.Replace("mean-by:GDP_group", "mean-by:Region", StringComparison.Ordinal);
        var d = Single(Read(text), "recipe.unknown-group");
        ShouldBeAt(d, 34, 13, "steps[2].impute.method");
        d.Expected.ShouldNotBeNull().ShouldContain("GDP_group");
    }

    [Fact]
    public void Read_WeightSetNamingUnknownNode_IsAnError()
    {
        var text = SampleRecipes.Asem.Replace("weights: { LPI: 2 }", "weights: { LPl: 2 }", StringComparison.Ordinal);
        var d = Single(Read(text), "recipe.unknown-node");
        ShouldBeAt(d, 37, 41, "steps[5].weight.weights.LPl");
        d.Expected.ShouldNotBeNull().ShouldContain("did you mean 'LPI'?");
    }

    [Fact]
    public void Read_VariableClashingWithNode_IsAnError()
    {
        var text = SampleRecipes.Asem.Replace("code: GDP_group, role", "code: Gas, role", StringComparison.Ordinal);
        var result = Read(text);
        ShouldBeAt(Single(result, "recipe.variable-is-node"), 6, 13, "variables[0].code");
    }

    [Fact]
    public void Read_BareStepName_NeedsAMethodUnlessItHasDefaults()
    {
        var ok = Read(SampleRecipes.Minimal.Replace("steps:\n", "steps:\n  - screen\n", StringComparison.Ordinal));
        ok.Succeeded.ShouldBeTrue(string.Join("\n", ok.Diagnostics));
        ok.Recipe.Steps[0].ShouldBe(new Step.Screen());
        var bad = Read(SampleRecipes.Minimal.Replace("steps:\n", "steps:\n  - impute\n", StringComparison.Ordinal));
        ShouldBeAt(Single(bad, "recipe.missing-key"), 8, 5, "steps[0].impute");
    }

    [Fact]
    public void Read_NullableFields_AcceptNull()
    {
        var text = SampleRecipes.Minimal.Replace("name: tiny\n",
            "name: tiny\ndata: { file: d.csv, name-column: null, time-column: ~, default-year: 2020 }\n",
            StringComparison.Ordinal);
        var result = Read(text);
        result.Succeeded.ShouldBeTrue(string.Join("\n", result.Diagnostics));
        result.Recipe.Data.ShouldBe(new DataSource { File = "d.csv", NameColumn = null, TimeColumn = null, DefaultYear = 2020 });
    }

    [Fact]
    public void Read_DenominateWithoutDenominators_IsOnlyAWarning()
    {
        var text = SampleRecipes.Minimal.Replace("steps:\n", "steps:\n  - denominate: {}\n", StringComparison.Ordinal);
        var result = Read(text);
        result.Succeeded.ShouldBeTrue();
        result.Diagnostics.ShouldHaveSingleItem().Severity.ShouldBe(Severity.Warning);
    }

    [Fact]
    public void ReadFile_Missing_IsADiagnostic()
    {
        var path = Path.Combine(Path.GetTempPath(), "gpsi-no-such-recipe-" + Guid.NewGuid().ToString("N") + ".yaml");
        var result = RecipeReader.ReadFile(path);
        result.Succeeded.ShouldBeFalse();
        result.Diagnostics.ShouldHaveSingleItem().Code.ShouldBe("recipe.unreadable");
    }

    [Fact]
    public void ReadFile_Existing_ReadsIt()
    {
        var path = Path.Combine(Path.GetTempPath(), "gpsi-recipe-" + Guid.NewGuid().ToString("N") + ".yaml");
        File.WriteAllText(path, SampleRecipes.Asem);
        try
        {
            var result = RecipeReader.ReadFile(path);
            result.Succeeded.ShouldBeTrue();
            result.Recipe.Name.ShouldBe("asem");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
