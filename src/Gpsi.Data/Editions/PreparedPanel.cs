using System.Collections.Immutable;
using Gpsi.Core.Derivation;
using Gpsi.Core.Panels;
using Gpsi.Data.Countries;

namespace Gpsi.Data.Editions;

/// <summary>The build panel of a catalogue-based recipe and what it was made from (<see cref="IndexRunner.Prepare"/>).</summary>
/// <param name="Panel">The panel: the recipe's countries × indicators and denominators × years.</param>
/// <param name="Countries">The countries considered, by ISO3.</param>
/// <param name="Lookup">The observations and derived values, by series, country and year.</param>
/// <param name="Notes">What each derived series had per year.</param>
public sealed record PreparedPanel(
    Panel Panel,
    IReadOnlyList<Country> Countries,
    SeriesLookup Lookup,
    ImmutableArray<DerivationNote> Notes);
