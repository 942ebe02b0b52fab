using System.Globalization;
using System.Text;
using Gpsi.Core.Diagnostics;
using Gpsi.Data.Quality;

namespace Gpsi.Cli.Commands;

/// <summary>The data-quality report as plain text for a terminal or a log.</summary>
internal static class DataCheckText
{
    private const int ShownGaps = 15;
    private const int ShownJumps = 20;

    public static string Render(DataInputs.Loaded loaded, DataQualityReport report, (int First, int Last) years)
    {
        var load = loaded.Load;
        var text = new StringBuilder();
        var countries = load.Observations.Select(o => o.Country).Distinct().Count();
        Line(text, $"Data folder: {loaded.Root}");
        Line(text, $"Catalogue:   {loaded.CatalogueName} ({loaded.Catalogue.Sources.Count} sources; {load.Sources.Count} with series)");
        Line(text, $"Mode:        {load.Mode.ToString().ToLowerInvariant()}");
        Line(text, $"Loaded {load.Observations.Count:N0} observations of {report.Coverage.Count} indicators for {countries} countries; snapshot {load.SnapshotId}");
        Line(text, $"Rejected {load.Sources.Sum(s => s.Rejected):N0} values; excluded {load.Sources.Sum(s => s.Excluded):N0} values of aggregates, historical states and sub-national units.");
        text.Append('\n');

        Line(text, $"Coverage: countries with a value, {years.First}–{years.Last}");
        var width = Math.Max(9, report.Coverage.Select(c => c.Indicator.Length).DefaultIfEmpty(9).Max());
        var header = new StringBuilder("indicator".PadRight(width) + "  first  last  ctry");
        for (var y = years.First; y <= years.Last; y++)
        {
            header.Append(CultureInfo.InvariantCulture, $" {y,4}");
        }

        Line(text, header.ToString());
        foreach (var c in report.Coverage)
        {
            var row = new StringBuilder(c.Indicator.PadRight(width));
            row.Append(CultureInfo.InvariantCulture, $"  {c.FirstYear,5} {c.LastYear,5} {c.Countries,5}");
            for (var y = years.First; y <= years.Last; y++)
            {
                row.Append(c.CountriesByYear.TryGetValue(y, out var n) ? string.Create(CultureInfo.InvariantCulture, $" {n,4}") : "    ·");
            }

            Line(text, row.ToString());
        }

        text.Append('\n');
        var byCountry = report.Gaps.GroupBy(g => g.Country)
            .Select(g => (Country: g.Key, Series: g.Count(), Years: g.Sum(x => x.MissingYears.Count)))
            .OrderByDescending(g => g.Years).ThenBy(g => g.Country, StringComparer.Ordinal).ToList();
        Line(text, $"Countries with gaps, {years.First}–{years.Last}: {byCountry.Count} countries miss years inside their own span ({report.Gaps.Count} country-indicator pairs); most missing years:");
        foreach (var g in byCountry.Take(ShownGaps))
        {
            Line(text, $"  {g.Country}  {g.Years,4} missing years in {g.Series} indicator(s)");
        }

        text.Append('\n');
        Line(text, $"Suspicious jumps: {report.Jumps.Count} changes with robust z ≥ {DataQualityReport.JumpThreshold:0} (strongest {Math.Min(ShownJumps, report.Jumps.Count)}):");
        foreach (var j in report.Jumps.Take(ShownJumps))
        {
            Line(text, $"  {j.Indicator} {j.Country} {j.FromYear}→{j.ToYear}: {j.From:G6} → {j.To:G6} (z = {j.Score:F1}{(j.Line is { } l ? $", line {l}" : string.Empty)})");
        }

        text.Append('\n');
        var errors = load.Diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = load.Diagnostics.Count(d => d.Severity == Severity.Warning);
        Line(text, $"{errors} error(s), {warnings} warning(s){(errors + warnings > 0 ? " — listed on standard error" : string.Empty)}.");
        return text.ToString();
    }

    private static void Line(StringBuilder text, FormattableString line) =>
        text.Append(line.ToString(CultureInfo.InvariantCulture)).Append('\n');

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');
}
