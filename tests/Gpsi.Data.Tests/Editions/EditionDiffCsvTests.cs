using Gpsi.Data.Editions;

namespace Gpsi.Data.Tests.Editions;

public sealed class EditionDiffCsvTests
{
    [Fact]
    public void Render_OneCountry_WritesSplitAndTrailingIdentity()
    {
        var change = new CountryChange("CIV", "Côte d'Ivoire, Republic of", 40, 37, 55.5, 58.25,
            ChangeSplit.Of(-40, -37, -38, null), ChangeSplit.Of(55.5, 58.25, 56, null));
        var comparison = new EditionComparison("2019", 2019, "sha256:a", "sha256:s", "2020", 2020, "sha256:b",
            "sha256:s", "index", [change], [], []);

        var lines = EditionDiffCsv.Render(comparison).Split('\n');

        lines[0].ShouldBe(EditionDiffCsv.Header);
        lines[1].ShouldBe("CIV,\"Côte d'Ivoire, Republic of\",40,37,3,,,55.5,58.25,2.75,,,,,2,1,,,0.5,2.25," +
            "2019,2020,sha256:a,sha256:b,sha256:s,sha256:s");
        lines.Length.ShouldBe(3);
        lines[2].ShouldBeEmpty();
    }
}
