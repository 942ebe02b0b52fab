using Gpsi.Data.Coinr;

namespace Gpsi.Data.Tests.Coinr;

public sealed class CoinrRoundTripTests(AsemFixture asem) : IClassFixture<AsemFixture>
{
    [Fact]
    public void IData_ImportThenExport_IsByteIdentical()
    {
        var exported = CoinrExporter.IData(asem.Import.Recipe, asem.Import.Panel);
        exported.ShouldBe(File.ReadAllText(SharedData.AsemData));
    }

    [Fact]
    public void IMeta_ImportThenExport_IsByteIdentical()
    {
        var exported = CoinrExporter.IMeta(asem.Import.Recipe);
        exported.ShouldBe(File.ReadAllText(SharedData.AsemMeta));
    }
}
