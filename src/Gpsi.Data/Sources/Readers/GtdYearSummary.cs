using System.Globalization;

namespace Gpsi.Data.Sources.Readers;

/// <summary>
/// The GTD events of one entity in one year, aggregated, with how many events lacked each component — so that a
/// loader can say "deaths: sum of 412 events, nkill unknown in 3".
/// </summary>
/// <param name="Code">The <c>iso3</c> code as written; null when the rows had none (then <paramref name="Name"/> is the key).</param>
/// <param name="Name">The <c>country_gtd</c> name (for a code: the name on its first row); null when that was blank.</param>
/// <param name="Year">The year.</param>
/// <param name="Incidents">Number of events (rows); at least 1.</param>
/// <param name="Deaths">Sum of <c>nkill</c> over the events where it is known (exact decimal sum, then rounded once to double).</param>
/// <param name="DeathsUnknown">Events whose <c>nkill</c> was blank or invalid (invalid ones also have a diagnostic).</param>
/// <param name="Injuries">Sum of <c>nwound</c> over the events where it is known.</param>
/// <param name="InjuriesUnknown">Events whose <c>nwound</c> was blank or invalid.</param>
/// <param name="PropertyBandSum">Sum of the property-damage bands (unknown = 0), see <see cref="GtdMeasure.PropertyBand"/>.</param>
/// <param name="PropertyUnknown">Events whose <c>propvalue</c> was blank, −99 or invalid.</param>
public sealed record GtdYearSummary(
    string? Code,
    string? Name,
    int Year,
    int Incidents,
    double Deaths,
    int DeathsUnknown,
    double Injuries,
    int InjuriesUnknown,
    long PropertyBandSum,
    int PropertyUnknown)
{
    /// <summary>The value of one measure.</summary>
    public double Value(GtdMeasure measure) => measure switch
    {
        GtdMeasure.Incidents => Incidents,
        GtdMeasure.Deaths => Deaths,
        GtdMeasure.Injuries => Injuries,
        GtdMeasure.PropertyBand => PropertyBandSum,
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "Unknown GTD measure."),
    };

    /// <summary>Events whose component for <paramref name="measure"/> was unknown (0 for incidents).</summary>
    public int Unknown(GtdMeasure measure) => measure switch
    {
        GtdMeasure.Incidents => 0,
        GtdMeasure.Deaths => DeathsUnknown,
        GtdMeasure.Injuries => InjuriesUnknown,
        GtdMeasure.PropertyBand => PropertyUnknown,
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "Unknown GTD measure."),
    };

    /// <summary>
    /// How the value of <paramref name="measure"/> was made, in words for provenance, e.g.
    /// <c>sum of nkill over 412 events (nkill unknown in 3)</c>.
    /// </summary>
    public string Describe(GtdMeasure measure) => measure switch
    {
        GtdMeasure.Incidents => Format($"count of {Incidents} events"),
        GtdMeasure.Deaths => Format($"sum of nkill over {Incidents} events (nkill unknown in {DeathsUnknown})"),
        GtdMeasure.Injuries => Format($"sum of nwound over {Incidents} events (nwound unknown in {InjuriesUnknown})"),
        GtdMeasure.PropertyBand => Format($"sum of property-damage bands over {Incidents} events ")
            + Format($"(<US$1m: 1, US$1m-<1bn: 2, >=US$1bn: 3, unknown: 0; propvalue unknown in {PropertyUnknown})"),
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "Unknown GTD measure."),
    };

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
