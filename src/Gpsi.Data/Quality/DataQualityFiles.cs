using System.Globalization;
using System.Text;
using Gpsi.Data.Csv;
using Gpsi.Data.Loading;

namespace Gpsi.Data.Quality;

/// <summary>The data-quality report as files: coverage.csv, gaps.csv, jumps.csv, sources.csv and diagnostics.txt.</summary>
public static class DataQualityFiles
{
    /// <summary>File name → content, rendered in memory (write them with <c>AtomicDirectory</c>).</summary>
    /// <param name="load">The load the report describes.</param>
    /// <param name="report">The report.</param>
    /// <param name="summary">The human-readable summary, written as summary.txt.</param>
    public static IReadOnlyList<KeyValuePair<string, string>> Render(DataLoad load, DataQualityReport report, string summary)
    {
        ArgumentNullException.ThrowIfNull(load);
        ArgumentNullException.ThrowIfNull(report);
        var coverage = new StringBuilder("indicator,source,unit,year,countries\n");
        foreach (var c in report.Coverage)
        {
            foreach (var (year, count) in c.CountriesByYear)
            {
                coverage.Append(Invariant($"{c.Indicator},{Csv(c.SourceId)},{Csv(c.Unit)},{year},{count}\n"));
            }
        }

        var gaps = new StringBuilder("indicator,iso3,first_year,last_year,missing_years\n");
        foreach (var g in report.Gaps)
        {
            gaps.Append(Invariant($"{g.Indicator},{g.Country},{g.FirstYear},{g.LastYear},{string.Join(' ', g.MissingYears)}\n"));
        }

        var jumps = new StringBuilder("indicator,iso3,from_year,from_value,to_year,to_value,robust_z,line\n");
        foreach (var j in report.Jumps)
        {
            jumps.Append(Invariant($"{j.Indicator},{j.Country},{j.FromYear},{j.From:R},{j.ToYear},{j.To:R},{j.Score:F2},{j.Line}\n"));
        }

        var sources = new StringBuilder("source,file,records,accepted,rejected,excluded\n");
        foreach (var s in load.Sources)
        {
            sources.Append(Invariant($"{Csv(s.SourceId)},{Csv(s.File)},{s.Records},{s.Accepted},{s.Rejected},{s.Excluded}\n"));
        }

        var diagnostics = new StringBuilder();
        foreach (var d in load.Diagnostics)
        {
            diagnostics.Append(d).Append('\n');
        }

        return
        [
            new("summary.txt", summary),
            new("coverage.csv", coverage.ToString()),
            new("gaps.csv", gaps.ToString()),
            new("jumps.csv", jumps.ToString()),
            new("sources.csv", sources.ToString()),
            new("diagnostics.txt", diagnostics.ToString()),
        ];
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Csv(string text) => CsvText.Field(text);
}
