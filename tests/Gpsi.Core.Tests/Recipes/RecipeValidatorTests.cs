using System.Collections.Immutable;
using Gpsi.Core.Aggregation;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Imputation;
using Gpsi.Core.Normalisation;
using Gpsi.Core.Recipes;
using Gpsi.Core.Results;
using Gpsi.Core.Structure;
using Gpsi.Core.Weighting;

namespace Gpsi.Core.Tests.Recipes;

public sealed class RecipeValidatorTests
{
    private static Recipe With(params Step[] steps) => RecipeCanonicalFormTests.Small() with { Steps = [.. steps] };

    private static List<string> Errors(Recipe recipe) =>
        [.. RecipeValidator.Validate(recipe).Where(d => d.Severity == Severity.Error)
            .Select(d => $"{d.Code} @ {d.Location?.Field}")];

    [Fact]
    public void Validate_SmallRecipe_HasNoErrors() => Errors(RecipeCanonicalFormTests.Small()).ShouldBeEmpty();

    [Fact]
    public void Validate_UnknownParent_NamesTheIndicatorsField()
    {
        var small = RecipeCanonicalFormTests.Small();
        var recipe = small with { Nodes = small.Nodes.SetItem(1, small.Nodes[1] with { Parent = "Nope" }) };
        Errors(recipe).ShouldContain("tree.unknown-parent @ indicators[1].parent");
    }

    [Fact]
    public void Validate_TwoRoots_IsAnError()
    {
        var small = RecipeCanonicalFormTests.Small();
        var recipe = small with
        {
            Nodes = [.. small.Nodes, new Node { Code = "c", Kind = NodeKind.Indicator, Parent = "Other" },
                new Node { Code = "Other", Kind = NodeKind.Aggregate }],
        };
        Errors(recipe).ShouldBe(["recipe.roots @ aggregates[1].parent"]);
    }

    [Fact]
    public void Validate_StepParametersOutOfRange_AreAllReported()
    {
        var recipe = With(
            new Step.Screen(1.5, 0, 7),
            new Step.Impute(new ImputationMethod.GroupMean("Region")),
            new Step.Impute(new ImputationMethod.RowMean(3)),
            new Step.Normalise(new NormalisationMethod.Goalposts(), PerIndicator:
                ImmutableSortedDictionary<string, NormalisationMethod>.Empty.Add("zz", new NormalisationMethod.Rank())),
            new Step.Weight(new WeightingMethod.Set("w", ImmutableSortedDictionary<string, double>.Empty.Add("q", -1))),
            new Step.Aggregate(new AggregationMethod.GeneralisedMean(0),
                ImmutableSortedDictionary<int, AggregationMethod>.Empty.Add(1, new AggregationMethod.Median()), 2));
        Errors(recipe).ShouldBe(
        [
            "recipe.out-of-range @ steps[0].screen.min-availability",
            "recipe.out-of-range @ steps[0].screen.min-per-aggregate",
            "recipe.unknown-level @ steps[0].screen.aggregate-level",
            "recipe.unknown-group @ steps[1].impute.method",
            "recipe.unknown-level @ steps[2].impute.method",
            "recipe.unknown-indicator @ steps[3].normalise.per-indicator.zz",
            "recipe.missing-goalposts @ steps[3].normalise.method",
            "recipe.missing-goalposts @ steps[3].normalise.method",
            "recipe.unknown-node @ steps[4].weight.weights.q",
            "recipe.bad-weight @ steps[4].weight.weights.q",
            "recipe.out-of-range @ steps[5].aggregate.method",
            "recipe.unknown-level @ steps[5].aggregate.by-level.1",
            "recipe.out-of-range @ steps[5].aggregate.min-availability",
        ]);
    }

    [Fact]
    public void Validate_Variables_MustBeUniqueAndNotNodes()
    {
        var small = RecipeCanonicalFormTests.Small();
        var recipe = small with
        {
            Variables = [new PanelVariable("Pop", VariableRole.Denominator), new PanelVariable("Pop", VariableRole.Group),
                new PanelVariable("a", VariableRole.Group)],
            Nodes = small.Nodes.SetItem(0, small.Nodes[0] with { Denominator = new Denominator("GDP", 0) }),
        };
        Errors(recipe).ShouldBe(
        [
            "recipe.duplicate-variable @ variables[1].code",
            "recipe.variable-is-node @ variables[2].code",
            "recipe.unknown-denominator @ indicators[0].denominator",
            "recipe.bad-scale @ indicators[0].denominator.scale",
        ]);
    }

    [Fact]
    public void Validate_Bands_MustDescendWithOneLabelMore()
    {
        var recipe = RecipeCanonicalFormTests.Small() with { Bands = new BandRule.Fixed([20, 40], ["a", "b"]) };
        Errors(recipe).ShouldBe(["recipe.bad-bands @ bands.thresholds", "recipe.bad-bands @ bands.labels"]);
    }

    [Fact]
    public void Validate_Locate_ReceivesFilePaths()
    {
        var small = RecipeCanonicalFormTests.Small();
        var recipe = small with { Nodes = small.Nodes.SetItem(0, small.Nodes[0] with { Parent = "X" }) };
        var diagnostics = RecipeValidator.Validate(recipe, path => new SourceLocation("f.yaml", 42, 7, path));
        diagnostics.ShouldContain(d => d.Location == new SourceLocation("f.yaml", 42, 7, "indicators[0].parent"));
    }
}
