using Gpsi.Core.Editions;

namespace Gpsi.Api.Tests;

public sealed class ApiStoreTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task RootAsync_RowsWithoutBandOrInterval_RecipeRootIndex()
    {
        var api = new ApiStore(fixture.Store);
        var edition = new Edition("x", 2021, fixture.RecipeHash, "sha256:snap", DateTimeOffset.UnixEpoch,
            [new EditionRow(ApiFixture.Fin, "order", 1, 1, "A", new RankInterval(1, 1, 1))]);

        (await api.RootAsync(edition, CancellationToken.None)).ShouldBe("index");
    }

    [Fact]
    public async Task RootAsync_RecipeNotInStore_NodeOfIntervalRows()
    {
        var api = new ApiStore(fixture.Store);
        var edition = new Edition("x", 2021, "sha256:missing", "sha256:snap", DateTimeOffset.UnixEpoch,
        [
            new EditionRow(ApiFixture.Fin, "order", 1, 1, "A"),
            new EditionRow(ApiFixture.Fin, "top", 1, 1, "A", new RankInterval(1, 1, 1)),
        ]);

        (await api.RootAsync(edition, CancellationToken.None)).ShouldBe("top");
        (await api.RootAsync(edition with { Rows = [new EditionRow(ApiFixture.Fin, "order", 1, 1, "A")] },
            CancellationToken.None)).ShouldBe("order");
        (await api.RootAsync(edition with { Rows = [new EditionRow(ApiFixture.Fin, "order", 1, 1, null)] },
            CancellationToken.None)).ShouldBeNull();
    }
}
