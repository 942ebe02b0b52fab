namespace Gpsi.Data.Sources;

/// <summary>What kind of quantity a series holds; decides which values validation accepts.</summary>
public enum ValueKind
{
    /// <summary>A count of events or people (≥ 0).</summary>
    Count,

    /// <summary>A rate per population (≥ 0), e.g. per 100,000.</summary>
    Rate,

    /// <summary>A share in percent (0–100 unless the series says otherwise).</summary>
    Percent,

    /// <summary>A bounded score or index (its range is in the series).</summary>
    Score,

    /// <summary>A signed estimate, such as a WGI estimate (−2.5…2.5), or a change that may be negative.</summary>
    Estimate,

    /// <summary>A money amount (≥ 0).</summary>
    Money,
}
