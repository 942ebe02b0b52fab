using System.Collections.Immutable;
using System.Globalization;
using Gpsi.Core.Aggregation;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Imputation;
using Gpsi.Core.Normalisation;
using Gpsi.Core.Structure;
using Gpsi.Core.Treatment;
using Gpsi.Core.Weighting;

namespace Gpsi.Core.Recipes;

/// <summary>Checks each step's parameters against the compiled tree and the recipe's variables.</summary>
internal sealed class StepValidator(
    Recipe recipe,
    IndexTree tree,
    Dictionary<string, VariableRole> variables,
    Func<string, SourceLocation> at,
    List<Diagnostic> diagnostics)
{
    private readonly HashSet<int> _aggregateLevels = [.. tree.Aggregates.Select(i => tree.LevelOf[i])];

    public void Validate(int index, Step step)
    {
        var path = $"steps[{index}].{step.Kind}";
        switch (step)
        {
            case Step.Denominate:
                if (!recipe.Nodes.Any(n => n.Denominator is not null))
                {
                    diagnostics.Add(Diagnostic.Warning("recipe.nothing-to-denominate",
                        "The denominate step has nothing to do: no indicator names a denominator.", at(path)));
                }

                break;
            case Step.Screen s:
                Share(s.MinAvailability, path + ".min-availability");
                if (s.MinPerAggregate is < 1)
                {
                    Error("recipe.out-of-range", "min-per-aggregate must be at least 1.", path + ".min-per-aggregate",
                        Integer(s.MinPerAggregate.Value), "a whole number ≥ 1");
                }

                Level(s.AggregateLevel, path + ".aggregate-level");
                if (s.MinAggregates is < 1)
                {
                    Error("recipe.out-of-range", "min-aggregates must be at least 1.", path + ".min-aggregates",
                        Integer(s.MinAggregates.Value), "a whole number ≥ 1");
                }

                break;
            case Step.Impute i:
                Impute(i.Method, path + ".method");
                break;
            case Step.Treat t:
                Method(MethodSyntax.Problem(t.Method), MethodSyntax.Format(t.Method), path + ".method");
                foreach (var (code, method) in t.PerIndicator ?? ImmutableSortedDictionary<string, TreatmentMethod>.Empty)
                {
                    Indicator(code, path + ".per-indicator." + code);
                    Method(MethodSyntax.Problem(method), MethodSyntax.Format(method), path + ".per-indicator." + code);
                }

                break;
            case Step.Normalise n:
                Normalise(n, path);
                break;
            case Step.Weight { Method: WeightingMethod.Set set }:
                if (string.IsNullOrWhiteSpace(set.Name))
                {
                    Error("recipe.empty-name", "A weight set needs a name.", path + ".set", set.Name, "a name");
                }

                foreach (var (code, weight) in set.Weights)
                {
                    if (tree.IndexOf(code) < 0)
                    {
                        Error("recipe.unknown-node", $"Weight set '{set.Name}' names '{code}', which is not in the tree.",
                            path + ".weights." + code, code, "an indicator or aggregate code" + Hint(code, Codes()));
                    }

                    if (!RecipeValidator.IsWeight(weight))
                    {
                        Error("recipe.bad-weight", $"Weight of '{code}' in set '{set.Name}' is not usable.",
                            path + ".weights." + code, MethodSyntax.Number(weight), "a finite number ≥ 0");
                    }
                }

                break;
            case Step.Weight:
                break;
            case Step.Aggregate a:
                Method(MethodSyntax.Problem(a.Method), MethodSyntax.Format(a.Method), path + ".method");
                foreach (var (level, method) in a.ByLevel ?? ImmutableSortedDictionary<int, AggregationMethod>.Empty)
                {
                    var levelPath = path + ".by-level." + Integer(level);
                    Level(level, levelPath);
                    Method(MethodSyntax.Problem(method), MethodSyntax.Format(method), levelPath);
                }

                if (a.MinAvailability is { } share)
                {
                    Share(share, path + ".min-availability");
                }

                break;
        }
    }

    private void Impute(ImputationMethod method, string path)
    {
        Method(MethodSyntax.Problem(method), MethodSyntax.Format(method), path);
        var group = method switch
        {
            ImputationMethod.GroupMean g => g.Group,
            ImputationMethod.GroupMedian g => g.Group,
            _ => null,
        };
        if (group is not null && !(variables.TryGetValue(group, out var role) && role == VariableRole.Group))
        {
            var groups = variables.Where(v => v.Value == VariableRole.Group).Select(v => v.Key).ToList();
            Error("recipe.unknown-group", $"Group '{group}' is not a variable with role group.", path, group,
                (groups.Count == 0 ? "a 'variables' entry with role: group" : "one of " + string.Join(", ", groups))
                + Hint(group, groups));
        }

        if (method is ImputationMethod.RowMean { Level: >= 2 } row)
        {
            Level(row.Level, path);
        }
    }

    private void Normalise(Step.Normalise n, string path)
    {
        Method(MethodSyntax.Problem(n.Method), MethodSyntax.Format(n.Method), path + ".method");
        if (!Enum.IsDefined(n.Reference))
        {
            Error("recipe.bad-value", "Unknown normalisation reference.", path + ".reference", n.Reference.ToString(),
                "per-year or pooled");
        }

        foreach (var (code, method) in n.PerIndicator ?? ImmutableSortedDictionary<string, NormalisationMethod>.Empty)
        {
            Indicator(code, path + ".per-indicator." + code);
            Method(MethodSyntax.Problem(method), MethodSyntax.Format(method), path + ".per-indicator." + code);
        }

        foreach (var i in tree.Indicators)
        {
            var node = tree.Nodes[i];
            var own = n.PerIndicator?.ContainsKey(node.Code) == true;
            var where = own ? path + ".per-indicator." + node.Code : path + ".method";
            switch (RecipeValidator.MethodFor(n, node.Code))
            {
                case NormalisationMethod.Goalposts when node.Goalposts is null:
                    Error("recipe.missing-goalposts", $"Goalpost normalisation needs goalposts for '{node.Code}'.",
                        where, node.Code, $"goalposts: [lower, upper] on indicator '{node.Code}', or another method");
                    break;
                case NormalisationMethod.DistanceToTarget when node.Target is null:
                    Error("recipe.missing-target", $"Distance-to-target normalisation needs a target for '{node.Code}'.",
                        where, node.Code, $"target: on indicator '{node.Code}', or another method");
                    break;
            }
        }
    }

    private void Indicator(string code, string path)
    {
        var i = tree.IndexOf(code);
        if (i < 0 || tree.Nodes[i].Kind != NodeKind.Indicator)
        {
            var codes = tree.Indicators.Select(k => tree.Nodes[k].Code).ToList();
            Error("recipe.unknown-indicator", $"'{code}' is not an indicator of this recipe.", path, code,
                "an indicator code" + Hint(code, codes));
        }
    }

    private void Level(int level, string path)
    {
        if (!_aggregateLevels.Contains(level))
        {
            var levels = string.Join(", ", _aggregateLevels.Order().Select(Integer));
            Error("recipe.unknown-level", $"Level {Integer(level)} is not an aggregate level of this tree.", path,
                Integer(level), $"one of {levels}");
        }
    }

    private void Share(double value, string path)
    {
        if (!RecipeValidator.IsShare(value))
        {
            Error("recipe.out-of-range", "A share must be between 0 and 1.", path, MethodSyntax.Number(value),
                "a number in [0, 1]");
        }
    }

    private void Method(string? problem, string found, string path)
    {
        if (problem is not null)
        {
            Error("recipe.out-of-range", $"Method '{found}': {problem}.", path, found, problem);
        }
    }

    private void Error(string code, string message, string path, string? found, string expected) =>
        diagnostics.Add(Diagnostic.Error(code, message, at(path), found, expected));

    private List<string> Codes() => [.. tree.Nodes.Select(n => n.Code)];

    private static string Hint(string found, IEnumerable<string> candidates) =>
        Suggestions.Closest(found, candidates) is { } near ? $" (did you mean '{near}'?)" : string.Empty;

    private static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);
}
