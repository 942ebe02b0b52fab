using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Gpsi.Data.Sources;
using Gpsi.Data.Sources.Readers;
using static Gpsi.Data.Tests.Sources.TestEntries;

namespace Gpsi.Data.Tests.Sources.Readers;

public sealed class TableReadingProperties
{
    private static readonly Gen<double> Finite = ArbMap.Default.GeneratorFor<double>()
        .Where(x => double.IsFinite(x) && Math.Abs(x) < 1e300);

    private static readonly Gen<(double Value, int Year, bool Blank)[]> Rows =
        Gen.Zip(Gen.Zip(Finite, Gen.Choose(1800, 2100)), Gen.Elements(false, false, false, true))
            .Select(t => (t.Item1.Item1, t.Item1.Item2, t.Item2)).ArrayOf();

    /// <summary>
    /// Any finite number written in round-trip form is read back exactly (times the scale), blank cells give no
    /// record, and every record names its own line and the value's column.
    /// </summary>
    [Fact]
    public void Read_AnyFiniteValuesAndYears_RoundTripWithLines() =>
        Prop.ForAll(Gen.Zip(Rows, Gen.Elements(1d, 100d, 0.001, -1d)).ToArbitrary(), t =>
        {
            var (rows, scale) = t;
            var csv = "iso3,year,v\n" + string.Concat(rows.Select(r =>
                $"AAA,{r.Year},{(r.Blank ? "" : r.Value.ToString("R", CultureInfo.InvariantCulture))}\n"));
            var result = ReadText(new OwidLongReader(), Entry(SourceFormats.OwidLong, null, Series("x", "v", scale)),
                csv);
            var expected = rows.Select((r, i) => (r, Line: i + 2)).Where(x => !x.r.Blank)
                .Select(x => (x.r.Year, x.r.Value * scale, (int?)x.Line, (int?)3));
            return result.Diagnostics.Count == 0
                && result.Records.Select(r => (r.Year, r.Value, r.Line, r.Column)).SequenceEqual(expected);
        }).QuickCheckThrowOnFailure();

    /// <summary>A year cell is accepted exactly when it is a whole number from 1800 to 2100.</summary>
    [Fact]
    public void Read_AnyYearCell_IsAcceptedOnlyInRange() =>
        Prop.ForAll(Gen.Choose(-5000, 5000).ToArbitrary(), year =>
        {
            var result = ReadText(new OwidLongReader(), Entry(SourceFormats.OwidLong, null, Series("x", "v")),
                $"iso3,year,v\nAAA,{year},1\n");
            var inRange = year is >= 1800 and <= 2100;
            return inRange
                ? result.Records.Count == 1 && result.Diagnostics.Count == 0
                : result.Records.Count == 0 && result.Diagnostics.Single().Code == "data.bad-year";
        }).QuickCheckThrowOnFailure();
}
