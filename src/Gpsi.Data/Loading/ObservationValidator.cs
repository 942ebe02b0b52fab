using System.Globalization;
using Gpsi.Core.Diagnostics;
using Gpsi.Data.Sources;

namespace Gpsi.Data.Loading;

/// <summary>
/// Checks one value against what the catalogue says its series is: finite, not negative where the kind forbids it,
/// within the plausible range, and in the catalogue's unit when the row states one.
/// </summary>
public static class ObservationValidator
{
    /// <summary>The first problem with <paramref name="record"/>, or null when it is acceptable.</summary>
    /// <param name="record">The value as read.</param>
    /// <param name="series">The catalogue series it belongs to.</param>
    /// <param name="file">The file name used in the diagnostic.</param>
    public static Diagnostic? Check(SourceRecord record, SeriesEntry series, string file)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(series);
        var where = Locate(record, file);
        var value = record.Value;
        var found = value.ToString("R", CultureInfo.InvariantCulture);
        if (!double.IsFinite(value))
        {
            return Diagnostic.Error("data.not-finite", $"{series.Indicator} is not a finite number.", where, found,
                "a finite number");
        }

        if (record.SourceUnit is { } unit && !SameUnit(unit, series.Unit))
        {
            return Diagnostic.Error("data.unit-mismatch",
                $"The row states the unit '{unit}' but the catalogue gives {series.Indicator} in '{series.Unit}'.",
                where, unit, $"'{series.Unit}'");
        }

        if (value < 0 && series.Kind is ValueKind.Count or ValueKind.Rate or ValueKind.Percent or ValueKind.Money)
        {
            return Diagnostic.Error("data.negative",
                $"{series.Indicator} is a {series.Kind.ToString().ToLowerInvariant()} and cannot be negative.", where,
                found, "a value ≥ 0");
        }

        if ((series.Min is { } min && value < min) || (series.Max is { } max && value > max))
        {
            var range = $"a value in [{Format(series.Min)}, {Format(series.Max)}] {series.Unit}";
            var hint = UnitHint(value, series);
            return hint is null
                ? Diagnostic.Error("data.impossible-magnitude",
                    $"{series.Indicator} is outside the plausible range of the series.", where, found, range)
                : Diagnostic.Error("data.unit-mismatch", $"{series.Indicator} is outside the plausible range; {hint}.",
                    where, found, range);
        }

        return null;
    }

    /// <summary>The location of a record: file, line, column and "indicator entity year".</summary>
    public static SourceLocation Locate(SourceRecord record, string file)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new SourceLocation(file, record.Line, record.Column,
            $"{record.Indicator} {record.EntityCode ?? record.EntityName} {record.Year}");
    }

    /// <summary>Units compare equal ignoring case, spaces and punctuation ("per 100k" = "Per 100K").</summary>
    public static bool SameUnit(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return string.Equals(Squash(a), Squash(b), StringComparison.Ordinal);
    }

    private static string Squash(string unit) =>
        new(unit.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    private static string? UnitHint(double value, SeriesEntry series) =>
        series.Max is { } max && max <= 1 && value > max && value <= 100 * max
            ? $"it looks like a 0–100 value where the catalogue expects 0–{Format(max)}"
            : null;

    private static string Format(double? bound) =>
        bound is { } b ? b.ToString("G", CultureInfo.InvariantCulture) : "…";
}
