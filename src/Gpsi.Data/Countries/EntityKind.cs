namespace Gpsi.Data.Countries;

/// <summary>What a code or name in a source file denotes.</summary>
public enum EntityKind
{
    /// <summary>A country or territory in the registry.</summary>
    Country,

    /// <summary>A group of countries: World, a continent or region, an income group, an SDI band.</summary>
    Aggregate,

    /// <summary>A state that no longer exists: USSR, Yugoslavia, Czechoslovakia, East/West Germany …</summary>
    Historical,

    /// <summary>Part of a country: England, Scotland, Republika Srpska, Kashmir …</summary>
    SubNational,

    /// <summary>Nothing the registry knows.</summary>
    Unknown,
}
