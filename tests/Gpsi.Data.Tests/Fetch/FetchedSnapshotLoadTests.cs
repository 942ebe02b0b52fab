using Gpsi.Core.Diagnostics;
using Gpsi.Data.Loading;
using Gpsi.Data.Sources;
using Gpsi.Data.Tests.Countries;

namespace Gpsi.Data.Tests.Fetch;

/// <summary>
/// End to end: what <c>gpsi fetch</c> writes is a data folder the loader takes as it is — its own catalogue.yaml read
/// by <see cref="SourceCatalogue"/>, its files by the registered readers, its countries by the registry — in strict mode.
/// </summary>
public sealed class FetchedSnapshotLoadTests
{
    [Fact]
    public async Task FetchedSnapshot_LoadsStrictWithProvenance()
    {
        using var bed = new FetchBed();
        (await bed.RunAsync()).Report.Succeeded.ShouldBeTrue();
        var diagnostics = new List<Diagnostic>();
        var catalogue = SourceCatalogue.Read(bed.File("catalogue.yaml"), diagnostics);
        diagnostics.ShouldBeEmpty();

        var load = new DataLoader(Registry.Shared.Resolve, SourceReaders.Default.Find)
            .Load(bed.Snapshot, catalogue!.Sources, LoadMode.Strict);

        load.Diagnostics.Where(d => d.Severity == Severity.Error).ShouldBeEmpty();
        load.Rejected.ShouldBeFalse();
        load.Sources.Select(s => s.SourceId).ShouldBe(FetchBed.FixtureTargets);
        load.Sources.ShouldAllBe(s => s.Accepted > 0);
        var first = load.Observations.First(o => o.Provenance.SourceId == FetchBed.FixtureTargets[0]);
        first.Provenance.File.ShouldBe("wb-homicide.json");
        first.Provenance.Vintage.ShouldNotBeNullOrWhiteSpace();
    }
}
