using Gpsi.Core.Aggregation;
using Gpsi.Core.Imputation;
using Gpsi.Core.Normalisation;
using Gpsi.Core.Recipes;
using Gpsi.Core.Results;
using Gpsi.Core.Treatment;
using Gpsi.Core.Weighting;

namespace Gpsi.Core.Tests.Recipes;

public sealed class MethodSyntaxTests
{
    [Theory]
    [InlineData("minmax", "minmax", "minmax:0,100")]
    [InlineData("minmax:0,100", "minmax", "minmax:0,100")]
    [InlineData("minmax:0,1", "minmax:0,1", "minmax:0,1")]
    [InlineData(" MinMax : -1.5 , 2e1 ", "minmax:-1.5,20", "minmax:-1.5,20")]
    [InlineData("zscore", "zscore", "zscore:0,1")]
    [InlineData("zscore:10,3", "zscore:10,3", "zscore:10,3")]
    [InlineData("rank", "rank", "rank")]
    [InlineData("borda", "borda", "borda")]
    [InlineData("prank", "prank", "prank")]
    [InlineData("goalposts", "goalposts", "goalposts:100")]
    [InlineData("goalposts:1", "goalposts:1", "goalposts:1")]
    [InlineData("goalposts:100,notruncate", "goalposts:100,notruncate", "goalposts:100,notruncate")]
    [InlineData("dist2max", "dist2max", "dist2max")]
    [InlineData("fracmax", "fracmax", "fracmax")]
    [InlineData("dist2targ", "dist2targ", "dist2targ")]
    [InlineData("dist2targ:nocap", "dist2targ:nocap", "dist2targ:nocap")]
    [InlineData("none", "none", "none")]
    public void ParseNormalisation_EveryForm_FormatsCanonically(string text, string shortForm, string explicitForm)
    {
        var result = MethodSyntax.ParseNormalisation(text);
        result.Succeeded.ShouldBeTrue(result.Error);
        MethodSyntax.Format(result.Method).ShouldBe(shortForm);
        MethodSyntax.Format(result.Method, explicitDefaults: true).ShouldBe(explicitForm);
        MethodSyntax.ParseNormalisation(shortForm).Method.ShouldBe(result.Method);
        MethodSyntax.ParseNormalisation(explicitForm).Method.ShouldBe(result.Method);
    }

    [Fact]
    public void ParseNormalisation_Forms_GiveTheRecords()
    {
        MethodSyntax.ParseNormalisation("minmax").Method.ShouldBe(new NormalisationMethod.MinMax(0, 100));
        MethodSyntax.ParseNormalisation("zscore:10,3").Method.ShouldBe(new NormalisationMethod.ZScore(10, 3));
        MethodSyntax.ParseNormalisation("goalposts:1,notruncate").Method
            .ShouldBe(new NormalisationMethod.Goalposts(1, Truncate: false));
        MethodSyntax.ParseNormalisation("dist2targ:nocap").Method
            .ShouldBe(new NormalisationMethod.DistanceToTarget(Cap: false));
        MethodSyntax.ParseNormalisation("prank").Method.ShouldBeOfType<NormalisationMethod.PercentileRank>();
    }

    [Theory]
    [InlineData("amean", "amean")]
    [InlineData("gmean", "gmean")]
    [InlineData("gmean:1", "gmean:1")]
    [InlineData("gmean:0.01", "gmean:0.01")]
    [InlineData("hmean", "hmean")]
    [InlineData("genmean:0.5", "genmean:0.5")]
    [InlineData("genmean:-1", "genmean:-1")]
    [InlineData("median", "median")]
    [InlineData("copeland", "copeland")]
    public void ParseAggregation_EveryForm_RoundTrips(string text, string canonical)
    {
        var result = MethodSyntax.ParseAggregation(text);
        result.Succeeded.ShouldBeTrue(result.Error);
        MethodSyntax.Format(result.Method).ShouldBe(canonical);
        MethodSyntax.Format(result.Method, explicitDefaults: true).ShouldBe(canonical);
        MethodSyntax.ParseAggregation(canonical).Method.ShouldBe(result.Method);
    }

    [Fact]
    public void ParseAggregation_Shift_IsKept()
    {
        MethodSyntax.ParseAggregation("gmean").Method.ShouldBe(new AggregationMethod.GeometricMean(null));
        MethodSyntax.ParseAggregation("gmean:2").Method.ShouldBe(new AggregationMethod.GeometricMean(2));
        MethodSyntax.ParseAggregation("genmean:0.5").Method.ShouldBe(new AggregationMethod.GeneralisedMean(0.5));
    }

    [Theory]
    [InlineData("mean", "mean", "mean")]
    [InlineData("median", "median", "median")]
    [InlineData("mean-by:GDP_group", "mean-by:GDP_group", "mean-by:GDP_group")]
    [InlineData("median-by: Region ", "median-by:Region", "median-by:Region")]
    [InlineData("row", "row", "row:2")]
    [InlineData("row:3", "row:3", "row:3")]
    [InlineData("latest:2", "latest:2", "latest:2")]
    [InlineData("linear", "linear", "linear")]
    [InlineData("linear:extend", "linear:extend", "linear:extend")]
    public void ParseImputation_EveryForm_RoundTrips(string text, string shortForm, string explicitForm)
    {
        var result = MethodSyntax.ParseImputation(text);
        result.Succeeded.ShouldBeTrue(result.Error);
        MethodSyntax.Format(result.Method).ShouldBe(shortForm);
        MethodSyntax.Format(result.Method, explicitDefaults: true).ShouldBe(explicitForm);
        MethodSyntax.ParseImputation(explicitForm).Method.ShouldBe(result.Method);
    }

    [Fact]
    public void ParseImputation_Forms_GiveTheRecords()
    {
        MethodSyntax.ParseImputation("mean-by:GDP_group").Method.ShouldBe(new ImputationMethod.GroupMean("GDP_group"));
        MethodSyntax.ParseImputation("median-by:Region").Method.ShouldBe(new ImputationMethod.GroupMedian("Region"));
        MethodSyntax.ParseImputation("row").Method.ShouldBe(new ImputationMethod.RowMean(2));
        MethodSyntax.ParseImputation("latest:3").Method.ShouldBe(new ImputationMethod.LatestAvailable(3));
        MethodSyntax.ParseImputation("linear").Method.ShouldBe(new ImputationMethod.LinearInterpolation(false));
        MethodSyntax.ParseImputation("linear:extend").Method.ShouldBe(new ImputationMethod.LinearInterpolation(true));
    }

    [Theory]
    [InlineData("default", "default", "default:5,2,3.5")]
    [InlineData("default:5", "default", "default:5,2,3.5")]
    [InlineData("default:3", "default:3", "default:3,2,3.5")]
    [InlineData("default:3,2.5,4", "default:3,2.5,4", "default:3,2.5,4")]
    [InlineData("none", "none", "none")]
    public void ParseTreatment_EveryForm_RoundTrips(string text, string shortForm, string explicitForm)
    {
        var result = MethodSyntax.ParseTreatment(text);
        result.Succeeded.ShouldBeTrue(result.Error);
        MethodSyntax.Format(result.Method).ShouldBe(shortForm);
        MethodSyntax.Format(result.Method, explicitDefaults: true).ShouldBe(explicitForm);
        MethodSyntax.ParseTreatment(explicitForm).Method.ShouldBe(result.Method);
    }

    [Fact]
    public void ParseTreatment_Limit_IsTheWinsorisationLimit() =>
        MethodSyntax.ParseTreatment("default:3").Method.ShouldBe(new TreatmentMethod.Default(3));

    [Theory]
    [InlineData("manual", "manual")]
    [InlineData("equal", "equal")]
    [InlineData("pca", "pca")]
    [InlineData("pca:raw", "pca:raw")]
    public void ParseWeighting_EveryForm_RoundTrips(string text, string canonical)
    {
        var result = MethodSyntax.ParseWeighting(text);
        result.Succeeded.ShouldBeTrue(result.Error);
        MethodSyntax.Format(result.Method).ShouldBe(canonical);
    }

    [Fact]
    public void ParseWeighting_PcaRaw_DoesNotFixSigns()
    {
        MethodSyntax.ParseWeighting("pca").Method.ShouldBe(new WeightingMethod.Pca(FixSign: true));
        MethodSyntax.ParseWeighting("pca:raw").Method.ShouldBe(new WeightingMethod.Pca(FixSign: false));
    }

    [Theory]
    [InlineData("quantile", "quantile", "quantile:5")]
    [InlineData("quantile:5", "quantile", "quantile:5")]
    [InlineData("quantile:4", "quantile:4", "quantile:4")]
    public void ParseBands_EveryForm_RoundTrips(string text, string shortForm, string explicitForm)
    {
        var result = MethodSyntax.ParseBands(text);
        result.Succeeded.ShouldBeTrue(result.Error);
        MethodSyntax.Format(result.Method).ShouldBe(shortForm);
        MethodSyntax.Format(result.Method, explicitDefaults: true).ShouldBe(explicitForm);
    }

    [Theory]
    [InlineData("minmax:5,1", "L < U")]
    [InlineData("minmax:1,1", "L < U")]
    [InlineData("minmax:1", "minmax:L,U")]
    [InlineData("minmax:a,b", "minmax:L,U")]
    [InlineData("minmax:0,", "empty argument")]
    [InlineData("minmax:0,1e999", "minmax:L,U")]
    [InlineData("minmax:0,NaN", "minmax:L,U")]
    [InlineData("zscore:0,0", "S > 0")]
    [InlineData("zscore:0,-1", "S > 0")]
    [InlineData("goalposts:0", "SCALE > 0")]
    [InlineData("goalposts:100,truncate", "notruncate")]
    [InlineData("rank:1", "takes no arguments")]
    [InlineData("minmx", "did you mean 'minmax'")]
    [InlineData("", "No method given")]
    public void ParseNormalisation_Invalid_SaysWhatWasExpected(string text, string fragment)
    {
        var result = MethodSyntax.ParseNormalisation(text);
        result.Succeeded.ShouldBeFalse();
        result.Method.ShouldBeNull();
        result.Error.ShouldNotBeNull().ShouldContain(fragment);
        result.Found.ShouldBe(text);
        result.Expected.ShouldBe(MethodSyntax.NormalisationForms);
    }

    [Theory]
    [InlineData("genmean:0", "P other than 0")]
    [InlineData("genmean", "genmean:P")]
    [InlineData("gmean:x", "gmean:SHIFT")]
    [InlineData("gmaen", "did you mean 'gmean'")]
    public void ParseAggregation_Invalid_SaysWhatWasExpected(string text, string fragment) =>
        MethodSyntax.ParseAggregation(text).Error.ShouldNotBeNull().ShouldContain(fragment);

    [Theory]
    [InlineData("latest:0", "K ≥ 1")]
    [InlineData("latest", "latest:K")]
    [InlineData("latest:1.5", "latest:K")]
    [InlineData("row:1", "2 or more")]
    [InlineData("mean-by", "mean-by:GROUP")]
    [InlineData("linear:both", "linear:extend")]
    public void ParseImputation_Invalid_SaysWhatWasExpected(string text, string fragment) =>
        MethodSyntax.ParseImputation(text).Error.ShouldNotBeNull().ShouldContain(fragment);

    [Theory]
    [InlineData("quantile:1", "K ≥ 2")]
    [InlineData("quantile:x", "quantile:K")]
    public void ParseBands_Invalid_SaysWhatWasExpected(string text, string fragment) =>
        MethodSyntax.ParseBands(text).Error.ShouldNotBeNull().ShouldContain(fragment);

    [Theory]
    [InlineData("default:-1", "LIMIT ≥ 0")]
    [InlineData("default:1,2", "default:LIMIT,SKEW,KURT")]
    [InlineData("default:1,0,3", "SKEW > 0")]
    [InlineData("winsorise", "Unknown treatment method")]
    public void ParseTreatment_Invalid_SaysWhatWasExpected(string text, string fragment) =>
        MethodSyntax.ParseTreatment(text).Error.ShouldNotBeNull().ShouldContain(fragment);

    [Fact]
    public void ParseWeighting_Unknown_Fails() =>
        MethodSyntax.ParseWeighting("pca:signed").Succeeded.ShouldBeFalse();

    [Fact]
    public void Format_Numbers_AreShortestRoundTrip()
    {
        MethodSyntax.Format(new NormalisationMethod.MinMax(0.1 + 0.2, 1e21)).ShouldBe("minmax:0.30000000000000004,1E+21");
        MethodSyntax.ParseNormalisation("minmax:0.30000000000000004,1E+21").Method
            .ShouldBe(new NormalisationMethod.MinMax(0.1 + 0.2, 1e21));
        MethodSyntax.Format(new NormalisationMethod.MinMax(-0.0, 1)).ShouldBe("minmax:0,1");
    }

    [Fact]
    public void Format_WeightSet_Throws() =>
        Should.Throw<ArgumentException>(() => MethodSyntax.Format(
            new WeightingMethod.Set("s", System.Collections.Immutable.ImmutableSortedDictionary<string, double>.Empty)));

    [Fact]
    public void Format_FixedBands_Throws() =>
        Should.Throw<ArgumentException>(() => MethodSyntax.Format(new BandRule.Fixed([50], ["a", "b"])));
}
