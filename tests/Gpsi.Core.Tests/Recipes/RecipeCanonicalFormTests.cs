using System.Collections.Immutable;
using Gpsi.Core.Aggregation;
using Gpsi.Core.Normalisation;
using Gpsi.Core.Recipes;
using Gpsi.Core.Structure;

namespace Gpsi.Core.Tests.Recipes;

public sealed class RecipeCanonicalFormTests
{
    public static Recipe Small() => new()
    {
        Name = "tiny",
        Nodes =
        [
            new Node { Code = "a", Kind = NodeKind.Indicator, Parent = "Index", Weight = 0.5 },
            new Node { Code = "b", Kind = NodeKind.Indicator, Parent = "Index", Direction = Direction.Negative },
            new Node { Code = "Index", Kind = NodeKind.Aggregate, Name = "The index" },
        ],
        Steps = [new Step.Normalise(new NormalisationMethod.MinMax()), new Step.Aggregate(new AggregationMethod.ArithmeticMean())],
    };

    [Fact]
    public void ToJson_SmallRecipe_IsSortedCompactAndExplicit()
    {
        // Single quotes stand for double quotes, to keep the expected text readable.
        var expected = ("{'aggregates':[{'code':'Index','name':'The index','parent':null,'source':null,'type':null,'unit"
            + "':null,'weight':1}],'bands':'quantile:5','data':null,'description':null,'indicators':[{'code':'"
            + "a','denominator':null,'direction':1,'goalposts':null,'name':'a','parent':'Index','source':null,"
            + "'target':null,'type':null,'unit':null,'weight':0.5},{'code':'b','denominator':null,'direction':"
            + "-1,'goalposts':null,'name':'b','parent':'Index','source':null,'target':null,'type':null,'unit':"
            + "null,'weight':1}],'name':'tiny','steps':[{'normalise':{'method':'minmax:0,100','per-indicator':"
            + "{},'reference':'per-year'}},{'aggregate':{'by-level':{},'method':'amean','min-availability':nul"
            + "l}}],'title':null,'variables':[],'version':null,'years':[]}").Replace('\'', '"');
        RecipeCanonicalForm.ToJson(Small()).ShouldBe(expected);
    }

    [Fact]
    public void ToJson_DefaultsWrittenOrNot_AreTheSame()
    {
        var small = Small();
        var spelledOut = small with
        {
            Nodes = [.. small.Nodes.Select(n => n with { Name = n.Name ?? n.Code })],
            Steps =
            [
                new Step.Normalise(new NormalisationMethod.MinMax(0, 100), NormalisationReference.PerYear,
                    ImmutableSortedDictionary<string, NormalisationMethod>.Empty),
                new Step.Aggregate(new AggregationMethod.ArithmeticMean(), ImmutableSortedDictionary<int, AggregationMethod>.Empty),
            ],
            Bands = new Core.Results.BandRule.Quantile(5),
        };
        RecipeCanonicalForm.ToJson(spelledOut).ShouldBe(RecipeCanonicalForm.ToJson(small));
    }

    [Fact]
    public void ToJson_IndicatorsAndAggregatesInterleaved_AreListedByKind()
    {
        var small = Small();
        var interleaved = small with { Nodes = [small.Nodes[2], small.Nodes[0], small.Nodes[1]] };
        RecipeCanonicalForm.ToJson(interleaved).ShouldBe(RecipeCanonicalForm.ToJson(small));
    }

    [Fact]
    public void ToJson_IndicatorOrder_IsPartOfTheMeaning()
    {
        var small = Small();
        var swapped = small with { Nodes = [small.Nodes[1], small.Nodes[0], small.Nodes[2]] };
        RecipeCanonicalForm.ToJson(swapped).ShouldNotBe(RecipeCanonicalForm.ToJson(small));
    }

    [Fact]
    public void ToJson_Text_IsEscapedOnlyWhereJsonRequires()
    {
        var recipe = Small() with { Title = "Côte \"d'Ivoire\"\\\n\u0001" };
        RecipeCanonicalForm.ToJson(recipe).ShouldContain("\"title\":\"Côte \\\"d'Ivoire\\\"\\\\\\n\\u0001\"");
    }

    [Fact]
    public void ToJson_NonFiniteNumber_Throws()
    {
        var small = Small();
        var broken = small with { Nodes = [small.Nodes[0] with { Weight = double.NaN }, small.Nodes[1], small.Nodes[2]] };
        Should.Throw<ArgumentOutOfRangeException>(() => RecipeCanonicalForm.ToJson(broken));
    }

    [Fact]
    public void ToJson_AggregateOnlyFields_AreNotPartOfTheMeaning()
    {
        var small = Small();
        var withDirection = small with
        {
            Nodes = [small.Nodes[0], small.Nodes[1], small.Nodes[2] with { Direction = Direction.Negative, Target = 3 }],
        };
        RecipeCanonicalForm.ToJson(withDirection).ShouldBe(RecipeCanonicalForm.ToJson(small));
    }
}
