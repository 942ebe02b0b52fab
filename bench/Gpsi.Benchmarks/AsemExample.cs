using Gpsi.Core.Diagnostics;
using Gpsi.Data;
using Gpsi.Data.Coinr;

namespace Gpsi.Benchmarks;

/// <summary>The COINr ASEM example from the shared data folder, imported as the benchmarks use it.</summary>
internal static class AsemExample
{
    /// <summary>The imported recipe and panel.</summary>
    /// <exception cref="InvalidOperationException">The shared data folder is missing or the import failed.</exception>
    public static CoinrImport Import()
    {
        var root = DataDirectory.Resolve() ?? throw new InvalidOperationException("../shared/data not found");
        var diagnostics = new List<Diagnostic>();
        return CoinrImporter.Import(Path.Combine(root, "coinr-asem", "iData.csv"),
            Path.Combine(root, "coinr-asem", "iMeta.csv"), "asem", diagnostics)
            ?? throw new InvalidOperationException(string.Join("\n", diagnostics));
    }
}
