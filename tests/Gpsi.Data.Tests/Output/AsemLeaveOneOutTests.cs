using Gpsi.Core.Audit;
using Gpsi.Core.Diagnostics;
using Gpsi.Data.Coinr;

namespace Gpsi.Data.Tests.Output;

// Expected values: COINr's remove_elements definition (weight zero, re-aggregate, MeanAbsDiff) recomputed from COINr's
// own normalised ASEM data by asem_remove_elements_check.py (this folder); it agrees for all 49 indicators.
public sealed class AsemLeaveOneOutTests
{
    [Fact]
    public void Run_Asem_MatchesCoinrRemoveElementsDefinition()
    {
        var diagnostics = new List<Diagnostic>();
        var import = CoinrImporter.Import(SharedData.AsemData, SharedData.AsemMeta, "asem", diagnostics)!;

        var result = LeaveOneOut.Run(import.Recipe, import.Panel, 2018, diagnostics)!;

        result.Removals.Length.ShouldBe(49);
        result.Removals.ShouldAllBe(r => r.Compared == 51 && r.Entered == 0 && r.Left == 0);
        var byCode = result.Removals.ToDictionary(r => r.Indicator);
        byCode["Embs"].MeanAbsoluteShift.ShouldBe(62.0 / 51, 1e-15);
        byCode["Embs"].MaxAbsoluteShift.ShouldBe(6);
        byCode["Embs"].LargestShifts[0].ShouldBe(new RankShift("MLT", byCode["Embs"].LargestShifts[0].NominalRank,
            byCode["Embs"].LargestShifts[0].NominalRank - 6));
        byCode["GDPGrow"].MeanAbsoluteShift.ShouldBe(58.0 / 51, 1e-15);
        byCode["Pat"].MeanAbsoluteShift.ShouldBe(4.0 / 51, 1e-15);
        byCode["Pat"].MaxAbsoluteShift.ShouldBe(1);
        result.Removals.MaxBy(r => r.MeanAbsoluteShift)!.Indicator.ShouldBe("Embs");
    }
}
