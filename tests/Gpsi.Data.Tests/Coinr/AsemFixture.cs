using Gpsi.Core.Diagnostics;
using Gpsi.Data.Coinr;

namespace Gpsi.Data.Tests.Coinr;

/// <summary>The ASEM example imported once per test class.</summary>
public sealed class AsemFixture
{
    public AsemFixture()
    {
        var diagnostics = new List<Diagnostic>();
        Import = CoinrImporter.Import(SharedData.AsemData, SharedData.AsemMeta, "asem", diagnostics)
            ?? throw new InvalidOperationException(string.Join("\n", diagnostics));
    }

    public CoinrImport Import { get; }
}
