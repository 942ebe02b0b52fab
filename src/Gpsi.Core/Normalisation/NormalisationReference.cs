namespace Gpsi.Core.Normalisation;

/// <summary>Which values set the normalisation's min, max, mean or ranks.</summary>
public enum NormalisationReference
{
    /// <summary>Each year is normalised on its own values (COINr's behaviour on a single-year coin).</summary>
    PerYear,

    /// <summary>All years of the panel are pooled, so scores are comparable over time.</summary>
    Pooled,
}
