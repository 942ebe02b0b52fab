using System.Globalization;
using Gpsi.Core.Aggregation;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Imputation;
using Gpsi.Core.Normalisation;
using Gpsi.Core.Results;
using Gpsi.Core.Treatment;
using Gpsi.Core.Weighting;

namespace Gpsi.Core.Recipes;

/// <summary>
/// The one compact text syntax for methods, shared by recipe files and command-line overrides: a name, optionally
/// followed by <c>:</c> and comma-separated arguments, e.g. <c>minmax:0,100</c>, <c>genmean:0.5</c>,
/// <c>mean-by:GDP_group</c>. Names and flags are matched ignoring case; numbers use the invariant culture and must be
/// finite. <c>Format</c> is the inverse of <c>Parse</c>: it writes the shortest form (defaults left out) unless
/// <c>explicitDefaults</c> asks for every number to be written, and <c>Parse(Format(m))</c> equals <c>m</c>.
/// </summary>
public static class MethodSyntax
{
    /// <summary>What the normalisation syntax accepts.</summary>
    public const string NormalisationForms = "one of minmax[:L,U] (L < U), zscore[:M,S] (S > 0), rank, borda, prank, "
        + "goalposts[:SCALE[,notruncate]] (SCALE > 0), dist2max, fracmax, dist2targ[:nocap], none";

    /// <summary>What the aggregation syntax accepts.</summary>
    public const string AggregationForms = "one of amean, gmean[:SHIFT], hmean, genmean:P (P ≠ 0), median, copeland";

    /// <summary>What the imputation syntax accepts.</summary>
    public const string ImputationForms = "one of mean, median, mean-by:GROUP, median-by:GROUP, row[:LEVEL] "
        + "(LEVEL ≥ 2), latest:K (K ≥ 1), backcast:K (K ≥ 1), linear[:extend]";

    /// <summary>What the treatment syntax accepts.</summary>
    public const string TreatmentForms = "one of default[:LIMIT[,SKEW,KURT]] (LIMIT ≥ 0, SKEW > 0), log1p, none";

    /// <summary>What the weighting syntax accepts (weight sets are written as a map, not in this syntax).</summary>
    public const string WeightingForms = "one of manual, equal, pca[:raw]";

    /// <summary>What the band syntax accepts (fixed thresholds are written as a map, not in this syntax).</summary>
    public const string BandForms = "quantile[:K] (K ≥ 2)";

    private static readonly string[] NormalisationNames =
        ["minmax", "zscore", "rank", "borda", "prank", "goalposts", "dist2max", "fracmax", "dist2targ", "none"];

    private static readonly string[] AggregationNames = ["amean", "gmean", "hmean", "genmean", "median", "copeland"];

    private static readonly string[] ImputationNames =
        ["mean", "median", "mean-by", "median-by", "row", "latest", "backcast", "linear"];

    private static readonly string[] TreatmentNames = ["default", "log1p", "none"];

    private static readonly string[] WeightingNames = ["manual", "equal", "pca"];

    private static readonly string[] BandNames = ["quantile"];

    /// <summary>
    /// Parses a normalisation method, e.g. <c>minmax</c>, <c>zscore:10,3</c>, <c>goalposts:1,notruncate</c>.
    /// </summary>
    public static MethodParseResult<NormalisationMethod> ParseNormalisation(string text) =>
        Parse(text, "normalisation", NormalisationForms, NormalisationNames, BuildNormalisation, Problem);

    /// <summary>Parses an aggregation method, e.g. <c>amean</c>, <c>gmean:1</c>, <c>genmean:0.5</c>.</summary>
    public static MethodParseResult<AggregationMethod> ParseAggregation(string text) =>
        Parse(text, "aggregation", AggregationForms, AggregationNames, BuildAggregation, Problem);

    /// <summary>Parses an imputation method, e.g. <c>mean</c>, <c>median-by:GDP_group</c>, <c>latest:3</c>.</summary>
    public static MethodParseResult<ImputationMethod> ParseImputation(string text) =>
        Parse(text, "imputation", ImputationForms, ImputationNames, BuildImputation, Problem);

    /// <summary>
    /// Parses a treatment method: <c>default</c>, <c>default:LIMIT</c>, <c>default:LIMIT,SKEW,KURT</c>, <c>none</c>.
    /// </summary>
    public static MethodParseResult<TreatmentMethod> ParseTreatment(string text) =>
        Parse(text, "treatment", TreatmentForms, TreatmentNames, BuildTreatment, Problem);

    /// <summary>
    /// Parses a weighting method: <c>manual</c>, <c>equal</c>, <c>pca</c> or <c>pca:raw</c> (FixSign false).
    /// </summary>
    public static MethodParseResult<WeightingMethod> ParseWeighting(string text) =>
        Parse(text, "weighting", WeightingForms, WeightingNames, BuildWeighting, _ => null);

    /// <summary>Parses a band rule: <c>quantile</c> (five bands) or <c>quantile:K</c>.</summary>
    public static MethodParseResult<BandRule> ParseBands(string text) =>
        Parse(text, "band", BandForms, BandNames, BuildBands, Problem);

    /// <summary>
    /// Writes <paramref name="method"/>; <c>minmax</c> for the default bounds unless <paramref name="explicitDefaults"/>.
    /// </summary>
    public static string Format(NormalisationMethod method, bool explicitDefaults = false)
    {
        ArgumentNullException.ThrowIfNull(method);
        return method switch
        {
            NormalisationMethod.MinMax { Lower: 0, Upper: 100 } when !explicitDefaults => "minmax",
            NormalisationMethod.MinMax m => $"minmax:{Number(m.Lower)},{Number(m.Upper)}",
            NormalisationMethod.ZScore { Mean: 0, StandardDeviation: 1 } when !explicitDefaults => "zscore",
            NormalisationMethod.ZScore z => $"zscore:{Number(z.Mean)},{Number(z.StandardDeviation)}",
            NormalisationMethod.Rank => "rank",
            NormalisationMethod.Borda => "borda",
            NormalisationMethod.PercentileRank => "prank",
            NormalisationMethod.Goalposts { Scale: 100, Truncate: true } when !explicitDefaults => "goalposts",
            NormalisationMethod.Goalposts g =>
                $"goalposts:{Number(g.Scale)}" + (g.Truncate ? string.Empty : ",notruncate"),
            NormalisationMethod.DistanceToMax => "dist2max",
            NormalisationMethod.FractionOfMax => "fracmax",
            NormalisationMethod.DistanceToTarget t => t.Cap ? "dist2targ" : "dist2targ:nocap",
            NormalisationMethod.None => "none",
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown normalisation method."),
        };
    }

    /// <summary>
    /// Writes <paramref name="method"/>; <paramref name="explicitDefaults"/> changes nothing (no defaults).
    /// </summary>
    public static string Format(AggregationMethod method, bool explicitDefaults = false)
    {
        ArgumentNullException.ThrowIfNull(method);
        return method switch
        {
            AggregationMethod.ArithmeticMean => "amean",
            AggregationMethod.GeometricMean { Shift: { } shift } => $"gmean:{Number(shift)}",
            AggregationMethod.GeometricMean => "gmean",
            AggregationMethod.HarmonicMean => "hmean",
            AggregationMethod.GeneralisedMean g => $"genmean:{Number(g.P)}",
            AggregationMethod.Median => "median",
            AggregationMethod.Copeland => "copeland",
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown aggregation method."),
        };
    }

    /// <summary>
    /// Writes <paramref name="method"/>; <c>row</c> for level 2 unless <paramref name="explicitDefaults"/>.
    /// </summary>
    public static string Format(ImputationMethod method, bool explicitDefaults = false)
    {
        ArgumentNullException.ThrowIfNull(method);
        return method switch
        {
            ImputationMethod.Mean => "mean",
            ImputationMethod.Median => "median",
            ImputationMethod.GroupMean g => $"mean-by:{g.Group}",
            ImputationMethod.GroupMedian g => $"median-by:{g.Group}",
            ImputationMethod.RowMean { Level: 2 } when !explicitDefaults => "row",
            ImputationMethod.RowMean r => $"row:{Integer(r.Level)}",
            ImputationMethod.LatestAvailable l => $"latest:{Integer(l.MaxYears)}",
            ImputationMethod.Backcast b => $"backcast:{Integer(b.MaxYears)}",
            ImputationMethod.LinearInterpolation l => l.ExtendEnds ? "linear:extend" : "linear",
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown imputation method."),
        };
    }

    /// <summary>
    /// Writes <paramref name="method"/>: <c>default</c>, <c>default:LIMIT</c> when only the limit differs,
    /// <c>default:LIMIT,SKEW,KURT</c> otherwise or when <paramref name="explicitDefaults"/>; or <c>none</c>.
    /// </summary>
    public static string Format(TreatmentMethod method, bool explicitDefaults = false)
    {
        ArgumentNullException.ThrowIfNull(method);
        return method switch
        {
            TreatmentMethod.Default d when explicitDefaults || d.SkewThreshold != 2 || d.KurtosisThreshold != 3.5 =>
                $"default:{Integer(d.WinsorisationLimit)},{Number(d.SkewThreshold)},{Number(d.KurtosisThreshold)}",
            TreatmentMethod.Default { WinsorisationLimit: 5 } => "default",
            TreatmentMethod.Default d => $"default:{Integer(d.WinsorisationLimit)}",
            TreatmentMethod.Log1p => "log1p",
            TreatmentMethod.None => "none",
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown treatment method."),
        };
    }

    /// <summary>
    /// Writes <paramref name="method"/>. A <see cref="WeightingMethod.Set"/> has no one-line form (it is a map of
    /// weights) and throws <see cref="ArgumentException"/>; <paramref name="explicitDefaults"/> changes nothing.
    /// </summary>
    public static string Format(WeightingMethod method, bool explicitDefaults = false)
    {
        ArgumentNullException.ThrowIfNull(method);
        return method switch
        {
            WeightingMethod.Manual => "manual",
            WeightingMethod.Equal => "equal",
            WeightingMethod.Pca p => p.FixSign ? "pca" : "pca:raw",
            WeightingMethod.Set => throw new ArgumentException(
                "A weight set has no one-line form; write it as { set: NAME, weights: { … } }.", nameof(method)),
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown weighting method."),
        };
    }

    /// <summary>
    /// Writes <paramref name="rule"/>: <c>quantile</c> for five bands unless <paramref name="explicitDefaults"/>.
    /// A <see cref="BandRule.Fixed"/> rule has no one-line form and throws <see cref="ArgumentException"/>.
    /// </summary>
    public static string Format(BandRule rule, bool explicitDefaults = false)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return rule switch
        {
            BandRule.Quantile { Count: 5 } when !explicitDefaults => "quantile",
            BandRule.Quantile q => $"quantile:{Integer(q.Count)}",
            BandRule.Fixed => throw new ArgumentException(
                "Fixed bands have no one-line form; write them as { thresholds: [...], labels: [...] }.", nameof(rule)),
            _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "Unknown band rule."),
        };
    }

    /// <summary>Why a normalisation method's parameters are out of range, or null when they are usable.</summary>
    internal static string? Problem(NormalisationMethod method) => method switch
    {
        NormalisationMethod.MinMax m when !(double.IsFinite(m.Lower) && double.IsFinite(m.Upper) && m.Lower < m.Upper)
            => "minmax:L,U needs finite bounds with L < U",
        NormalisationMethod.ZScore z when !(double.IsFinite(z.Mean) && double.IsFinite(z.StandardDeviation)
            && z.StandardDeviation > 0) => "zscore:M,S needs a finite mean and S > 0",
        NormalisationMethod.Goalposts g when !(double.IsFinite(g.Scale) && g.Scale > 0)
            => "goalposts:SCALE needs SCALE > 0",
        _ => null,
    };

    /// <summary>Why an aggregation method's parameters are out of range, or null when they are usable.</summary>
    internal static string? Problem(AggregationMethod method) => method switch
    {
        AggregationMethod.GeometricMean { Shift: { } s } when !double.IsFinite(s) => "gmean:SHIFT needs a finite shift",
        AggregationMethod.GeneralisedMean g when !(double.IsFinite(g.P) && g.P != 0)
            => "genmean:P needs a finite P other than 0 (P = 0 is the geometric mean: use gmean)",
        _ => null,
    };

    /// <summary>Why an imputation method's parameters are out of range, or null when they are usable.</summary>
    internal static string? Problem(ImputationMethod method) => method switch
    {
        ImputationMethod.GroupMean g when string.IsNullOrWhiteSpace(g.Group) => "mean-by:GROUP needs a group column",
        ImputationMethod.GroupMedian g when string.IsNullOrWhiteSpace(g.Group) =>
            "median-by:GROUP needs a group column",
        ImputationMethod.RowMean r when r.Level < 2 => "row:LEVEL needs an aggregate level, 2 or more",
        ImputationMethod.LatestAvailable l when l.MaxYears < 1 => "latest:K needs K ≥ 1 years",
        ImputationMethod.Backcast b when b.MaxYears < 1 => "backcast:K needs K ≥ 1 years",
        _ => null,
    };

    /// <summary>Why a treatment method's parameters are out of range, or null when they are usable.</summary>
    internal static string? Problem(TreatmentMethod method) => method switch
    {
        TreatmentMethod.Default d when d.WinsorisationLimit < 0 => "default:LIMIT needs LIMIT ≥ 0",
        TreatmentMethod.Default d when !(double.IsFinite(d.SkewThreshold) && d.SkewThreshold > 0
            && double.IsFinite(d.KurtosisThreshold)) => "default:LIMIT,SKEW,KURT needs SKEW > 0 and a finite KURT",
        _ => null,
    };

    /// <summary>Why a band rule's parameters are out of range, or null when they are usable.</summary>
    internal static string? Problem(BandRule rule) => rule switch
    {
        BandRule.Quantile q when q.Count < 2 => "quantile:K needs K ≥ 2 bands",
        _ => null,
    };

    private static MethodParseResult<T> Parse<T>(string text, string family, string expected, string[] names,
        Func<string, string[], string, T?> build, Func<T, string?> problem)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(text);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var name = (colon < 0 ? text : text[..colon]).Trim().ToLowerInvariant();
        var rest = colon < 0 ? null : text[(colon + 1)..].Trim();
        if (!names.Contains(name, StringComparer.Ordinal))
        {
            var hint = Suggestions.Closest(name, names) is { } near ? $"; did you mean '{near}'?" : ".";
            var what = name.Length == 0 ? "No method given" : $"Unknown {family} method '{name}'";
            return new MethodParseResult<T>(null, text, expected, what + hint);
        }

        string[] args = rest is null ? [] : [.. rest.Split(',').Select(a => a.Trim())];
        if (rest is not null && args.Any(a => a.Length == 0))
        {
            return new MethodParseResult<T>(null, text, expected, $"'{text}' has an empty argument.");
        }

        var method = build(name, args, rest ?? string.Empty);
        if (method is null)
        {
            return new MethodParseResult<T>(null, text, expected, $"'{text}' is not a valid {name} method: "
                + Usage(name) + ".");
        }

        return problem(method) is { } why
            ? new MethodParseResult<T>(null, text, expected, $"'{text}' is out of range: {why}.")
            : new MethodParseResult<T>(method, text, expected, null);
    }

    private static string Usage(string name) => name switch
    {
        "minmax" => "write minmax or minmax:L,U with two numbers",
        "zscore" => "write zscore or zscore:M,S with two numbers",
        "goalposts" => "write goalposts, goalposts:SCALE or goalposts:SCALE,notruncate",
        "dist2targ" => "write dist2targ or dist2targ:nocap",
        "gmean" => "write gmean or gmean:SHIFT with a number",
        "genmean" => "write genmean:P with a number P",
        "mean-by" or "median-by" => $"write {name}:GROUP naming a group variable",
        "row" => "write row or row:LEVEL with a whole number",
        "latest" => "write latest:K with a whole number of years",
        "backcast" => "write backcast:K with a whole number of years",
        "linear" => "write linear or linear:extend",
        "default" => "write default, default:LIMIT or default:LIMIT,SKEW,KURT",
        "pca" => "write pca or pca:raw",
        "quantile" => "write quantile or quantile:K with a whole number",
        _ => $"{name} takes no arguments",
    };

    private static NormalisationMethod? BuildNormalisation(string name, string[] a, string rest) =>
        (name, a.Length) switch
        {
            ("minmax", 0) => new NormalisationMethod.MinMax(),
            ("minmax", 2) when TryNumber(a[0], out var l) && TryNumber(a[1], out var u) =>
                new NormalisationMethod.MinMax(l, u),
            ("zscore", 0) => new NormalisationMethod.ZScore(),
            ("zscore", 2) when TryNumber(a[0], out var m) && TryNumber(a[1], out var s) =>
                new NormalisationMethod.ZScore(m, s),
            ("rank", 0) => new NormalisationMethod.Rank(),
            ("borda", 0) => new NormalisationMethod.Borda(),
            ("prank", 0) => new NormalisationMethod.PercentileRank(),
            ("goalposts", 0) => new NormalisationMethod.Goalposts(),
            ("goalposts", 1) when TryNumber(a[0], out var scale) => new NormalisationMethod.Goalposts(scale),
            ("goalposts", 2) when TryNumber(a[0], out var scale) && Is(a[1], "notruncate") =>
                new NormalisationMethod.Goalposts(scale, Truncate: false),
            ("dist2max", 0) => new NormalisationMethod.DistanceToMax(),
            ("fracmax", 0) => new NormalisationMethod.FractionOfMax(),
            ("dist2targ", 0) => new NormalisationMethod.DistanceToTarget(),
            ("dist2targ", 1) when Is(a[0], "nocap") => new NormalisationMethod.DistanceToTarget(Cap: false),
            ("none", 0) => new NormalisationMethod.None(),
            _ => null,
        };

    private static AggregationMethod? BuildAggregation(string name, string[] a, string rest) => (name, a.Length) switch
    {
        ("amean", 0) => new AggregationMethod.ArithmeticMean(),
        ("gmean", 0) => new AggregationMethod.GeometricMean(),
        ("gmean", 1) when TryNumber(a[0], out var shift) => new AggregationMethod.GeometricMean(shift),
        ("hmean", 0) => new AggregationMethod.HarmonicMean(),
        ("genmean", 1) when TryNumber(a[0], out var p) => new AggregationMethod.GeneralisedMean(p),
        ("median", 0) => new AggregationMethod.Median(),
        ("copeland", 0) => new AggregationMethod.Copeland(),
        _ => null,
    };

    private static ImputationMethod? BuildImputation(string name, string[] a, string rest) => (name, a.Length) switch
    {
        ("mean", 0) => new ImputationMethod.Mean(),
        ("median", 0) => new ImputationMethod.Median(),
        // A group is a column name taken whole (it may contain commas); only surrounding spaces are dropped.
        ("mean-by", > 0) => new ImputationMethod.GroupMean(rest),
        ("median-by", > 0) => new ImputationMethod.GroupMedian(rest),
        ("row", 0) => new ImputationMethod.RowMean(),
        ("row", 1) when TryInteger(a[0], out var level) => new ImputationMethod.RowMean(level),
        ("latest", 1) when TryInteger(a[0], out var k) => new ImputationMethod.LatestAvailable(k),
        ("backcast", 1) when TryInteger(a[0], out var k) => new ImputationMethod.Backcast(k),
        ("linear", 0) => new ImputationMethod.LinearInterpolation(),
        ("linear", 1) when Is(a[0], "extend") => new ImputationMethod.LinearInterpolation(ExtendEnds: true),
        _ => null,
    };

    private static TreatmentMethod? BuildTreatment(string name, string[] a, string rest) => (name, a.Length) switch
    {
        ("default", 0) => new TreatmentMethod.Default(),
        ("default", 1) when TryInteger(a[0], out var limit) => new TreatmentMethod.Default(limit),
        ("default", 3) when TryInteger(a[0], out var limit) && TryNumber(a[1], out var skew)
            && TryNumber(a[2], out var kurt) => new TreatmentMethod.Default(limit, skew, kurt),
        ("log1p", 0) => new TreatmentMethod.Log1p(),
        ("none", 0) => new TreatmentMethod.None(),
        _ => null,
    };

    private static WeightingMethod? BuildWeighting(string name, string[] a, string rest) => (name, a.Length) switch
    {
        ("manual", 0) => new WeightingMethod.Manual(),
        ("equal", 0) => new WeightingMethod.Equal(),
        ("pca", 0) => new WeightingMethod.Pca(),
        ("pca", 1) when Is(a[0], "raw") => new WeightingMethod.Pca(FixSign: false),
        _ => null,
    };

    private static BandRule? BuildBands(string name, string[] a, string rest) => (name, a.Length) switch
    {
        ("quantile", 0) => new BandRule.Quantile(),
        ("quantile", 1) when TryInteger(a[0], out var k) => new BandRule.Quantile(k),
        _ => null,
    };

    private static bool Is(string arg, string flag) => string.Equals(arg, flag, StringComparison.OrdinalIgnoreCase);

    private static bool TryNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    private static bool TryInteger(string text, out int value) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    /// <summary>Shortest round-trip invariant form; −0 is written as 0.</summary>
    internal static string Number(double value) =>
        value == 0 ? "0" : value.ToString("R", CultureInfo.InvariantCulture);

    private static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);
}
