namespace Gpsi.Data.Tests.Recipes;

/// <summary>Recipe texts shared by the reader and writer tests. Line numbers matter: tests name them.</summary>
public static class SampleRecipes
{
    /// <summary>A complete recipe using every section, in the documented shape.</summary>
    public const string Asem = """
        # ASEM-like test recipe
        name: asem
        title: Sustainable Connectivity
        data: { file: data.csv, layout: wide, default-year: 2018 }
        variables:
          - { code: GDP_group, role: group, name: GDP group }
          - { code: Population, role: denominator, name: Population, unit: Thousands }
        indicators:
          - code: LPI
            name: Logistics Performance Index
            parent: Physical
            direction: 1
            weight: 1
            unit: Score 1-5
            target: 4.1
            goalposts: [1, 5]
            type: outcome
          - code: Flights
            parent: Physical
            direction: negative
            denominator: { code: Population, scale: 100000 }
          - code: Gas
            parent: Political
            weight: 0.5
            denominator: Population
        aggregates:
          - { code: Physical, name: Physical, parent: Conn, weight: 1 }
          - { code: Political, parent: Conn }
          - { code: Conn, parent: Index }
          - { code: Index, name: Sustainable Connectivity }
        steps:
          - denominate: {}
          - screen: { min-availability: 0.66, min-per-aggregate: 1, aggregate-level: 2 }
          - impute: mean-by:GDP_group
          - treat: { method: default, per-indicator: { Gas: none } }
          - normalise: { method: "minmax:0,100", reference: pooled, per-indicator: { LPI: rank } }
          - weight: { set: alt, weights: { LPI: 2 } }
          - aggregate: { method: amean, by-level: { 3: gmean }, min-availability: 0.5 }
        bands: { thresholds: [80, 60, 40, 20], labels: [A, B, C, D, E] }
        years: [2018]

        """;

    /// <summary>The smallest useful recipe: two indicators under the index.</summary>
    public const string Minimal = """
        name: tiny
        indicators:
          - { code: a, parent: Index }
          - { code: b, parent: Index }
        aggregates:
          - { code: Index }
        steps:
          - normalise: minmax
          - aggregate: amean

        """;
}
