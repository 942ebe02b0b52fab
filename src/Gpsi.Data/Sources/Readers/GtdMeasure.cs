namespace Gpsi.Data.Sources.Readers;

/// <summary>
/// A country-year quantity aggregated from GTD event rows. A catalogue series picks one by its
/// <see cref="SeriesEntry.Column"/>: <c>incidents</c>, <c>nkill</c>, <c>nwound</c> or <c>propvalue_band</c>
/// (see <see cref="GtdEventReader.MeasureColumns"/>).
/// </summary>
public enum GtdMeasure
{
    /// <summary>Number of events (rows), column <c>incidents</c>.</summary>
    Incidents,

    /// <summary>Sum of <c>nkill</c> over the events where it is known, column <c>nkill</c>.</summary>
    Deaths,

    /// <summary>Sum of <c>nwound</c> over the events where it is known, column <c>nwound</c>.</summary>
    Injuries,

    /// <summary>
    /// Sum of the GTD/GTI property-damage bands (&lt; US$1m → 1, US$1m to &lt; 1bn → 2, ≥ US$1bn → 3, unknown → 0),
    /// column <c>propvalue_band</c>.
    /// </summary>
    PropertyBand,
}
