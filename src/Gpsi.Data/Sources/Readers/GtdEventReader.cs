using System.Globalization;
using Gpsi.Core.Diagnostics;
using Gpsi.Core.Observations;

namespace Gpsi.Data.Sources.Readers;

/// <summary>
/// The <see cref="SourceFormats.GtdEvents"/> reader: aggregates an event-level GTD file with
/// <see cref="GtdEventAggregator"/> and turns each (entity, year) into one record per catalogue series. A series
/// names its quantity in <see cref="SeriesEntry.Column"/>: <c>incidents</c>, <c>nkill</c>, <c>nwound</c> or
/// <c>propvalue_band</c> (<see cref="MeasureColumns"/>). Records carry no line or column (each is an aggregate of
/// many lines), the flag <see cref="ObservationFlags.Derived"/>, and a transformation saying how many events were
/// summed and in how many the component was unknown.
/// </summary>
/// <param name="options">How to read the file (parallelism, diagnostic cap); null for the defaults.</param>
public sealed class GtdEventReader(GtdAggregationOptions? options = null) : ISourceReader
{
    /// <summary>Series column → measure: <c>incidents</c>, <c>nkill</c>, <c>nwound</c>, <c>propvalue_band</c>.</summary>
    public static IReadOnlyDictionary<string, GtdMeasure> MeasureColumns { get; } =
        new Dictionary<string, GtdMeasure>(StringComparer.Ordinal)
        {
            ["incidents"] = GtdMeasure.Incidents,
            ["nkill"] = GtdMeasure.Deaths,
            ["nwound"] = GtdMeasure.Injuries,
            ["propvalue_band"] = GtdMeasure.PropertyBand,
        };

    /// <inheritdoc/>
    public string Format => SourceFormats.GtdEvents;

    /// <inheritdoc/>
    public SourceReadResult Read(SourceEntry entry, string path, string displayPath)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var aggregation = GtdEventAggregator.Aggregate(path, displayPath, options);
        return ToRecords(entry, aggregation);
    }

    /// <summary>
    /// The records of <paramref name="aggregation"/> for the series of <paramref name="entry"/> (for a loader that
    /// calls <see cref="GtdEventAggregator"/> itself to keep the summaries). A series with an unknown column or a
    /// filter is a <c>gtd.series</c> error and yields nothing. Values are multiplied by the series' scale. A country-year
    /// whose events all lack a measure (every nkill blank, say) has no record for it: missing, not zero.
    /// Order: summary order, then series order.
    /// </summary>
    public static SourceReadResult ToRecords(SourceEntry entry, GtdAggregation aggregation)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(aggregation);
        var diagnostics = new List<Diagnostic>(aggregation.Diagnostics);
        var series = new List<(SeriesEntry Series, GtdMeasure Measure)>();
        for (var i = 0; i < entry.Series.Count; i++)
        {
            var s = entry.Series[i];
            var field = $"{entry.Id}: series[{i}]";
            if (!MeasureColumns.TryGetValue(s.Column, out var measure))
            {
                diagnostics.Add(Diagnostic.Error("gtd.series", $"Series '{s.Indicator}' names an unknown GTD measure.",
                    new SourceLocation(Field: field + ".column"), s.Column,
                    string.Join(", ", MeasureColumns.Keys)));
                continue;
            }

            if (s.Filter.Count > 0)
            {
                diagnostics.Add(Diagnostic.Error("gtd.series", $"Series '{s.Indicator}' has a filter, which the "
                    + "gtd-events format does not support.", new SourceLocation(Field: field + ".filter"),
                    string.Join(", ", s.Filter.Select(f => $"{f.Key}: {f.Value}")), "no filter"));
                continue;
            }

            series.Add((s, measure));
        }

        var records = new List<SourceRecord>(aggregation.Summaries.Count * series.Count);
        foreach (var summary in aggregation.Summaries)
        {
            foreach (var (s, measure) in series)
            {
                if (measure != GtdMeasure.PropertyBand && summary.Unknown(measure) == summary.Incidents)
                {
                    continue; // every event's figure is unknown: no value, not a silent zero (the band rule scores unknown as 0)
                }

                var value = summary.Value(measure);
                IReadOnlyList<string> transformations = s.Scale == 1
                    ? [summary.Describe(measure)]
                    : [summary.Describe(measure), string.Create(CultureInfo.InvariantCulture, $"×{s.Scale}")];
                records.Add(new SourceRecord(summary.Code, summary.Name, s.Indicator, summary.Year, value * s.Scale,
                    null, null, ObservationFlags.Derived, transformations));
            }
        }

        return new SourceReadResult(records, diagnostics);
    }
}
