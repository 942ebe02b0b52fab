using System.Data.Common;
using Gpsi.Core.Editions;
using Gpsi.Core.Observations;

namespace Gpsi.Data.Store;

/// <content>Editions: atomic, immutable publishing and the per-year "current edition" pointer.</content>
internal abstract partial class SqlGpsiStore
{
    private const string EditionColumns = "id, year, recipe_hash, snapshot_id, published_at, row_count";

    public async Task PublishEditionAsync(Edition edition, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edition);
        ArgumentException.ThrowIfNullOrWhiteSpace(edition.Id, nameof(edition));
        ArgumentException.ThrowIfNullOrWhiteSpace(edition.RecipeHash, nameof(edition));
        ArgumentException.ThrowIfNullOrWhiteSpace(edition.SnapshotId, nameof(edition));
        ArgumentNullException.ThrowIfNull(edition.Rows, nameof(edition));
        try
        {
            await PublishOnceAsync(edition, cancellationToken).ConfigureAwait(false);
        }
        catch (DbException e) when (IsUniqueViolation(e))
        {
            // Either a duplicate row in this edition, or another process published the same id first (its rows
            // collide with ours). Only the second is "already exists".
            if (await GetEditionHeaderAsync(edition.Id, cancellationToken).ConfigureAwait(false))
            {
                throw new EditionAlreadyExistsException(edition.Id, e);
            }

            throw;
        }
    }

    public async Task<Edition?> CurrentEditionAsync(int year, CancellationToken cancellationToken = default)
    {
        var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var id = await connection.ScalarAsync("SELECT edition_id FROM current_editions WHERE year = @year", null,
                cancellationToken, ("@year", year)).ConfigureAwait(false);
            // An edition never changes once committed, so reading it after the pointer needs no shared transaction.
            return id is string editionId
                ? await ReadEditionAsync(connection, editionId, cancellationToken).ConfigureAwait(false)
                : null;
        }
    }

    public async Task<Edition?> GetEditionAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await ReadEditionAsync(connection, id, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<IReadOnlyList<EditionSummary>> ListEditionsAsync(CancellationToken cancellationToken = default)
    {
        var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await using var command = connection.Command(
                "SELECT e.id, e.year, e.recipe_hash, e.snapshot_id, e.published_at, e.row_count, "
                + "CASE WHEN c.edition_id IS NULL THEN 0 ELSE 1 END "
                + "FROM editions e LEFT JOIN current_editions c ON c.edition_id = e.id "
                + "ORDER BY e.year, e.published_at, e.id");
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var result = new List<EditionSummary>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                result.Add(new EditionSummary(reader.GetString(0), reader.GetInt32(1), reader.GetString(2),
                    reader.GetString(3), ReadTimestamp(reader, 4), reader.GetInt32(5), reader.GetInt32(6) == 1));
            }

            return result;
        }
    }

    private async Task PublishOnceAsync(Edition edition, CancellationToken cancellationToken)
    {
        var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                if (await ExistsAsync(connection, transaction, "SELECT 1 FROM editions WHERE id = @id", edition.Id,
                        cancellationToken).ConfigureAwait(false))
                {
                    throw new EditionAlreadyExistsException(edition.Id);
                }

                if (!await ExistsAsync(connection, transaction, "SELECT 1 FROM recipes WHERE hash = @id",
                        edition.RecipeHash, cancellationToken).ConfigureAwait(false))
                {
                    throw new InvalidOperationException(
                        $"edition '{edition.Id}' names recipe {edition.RecipeHash}, which is not saved: "
                        + "save it with SaveRecipeAsync first");
                }

                if (!await ExistsAsync(connection, transaction, "SELECT 1 FROM snapshots WHERE id = @id",
                        edition.SnapshotId, cancellationToken).ConfigureAwait(false))
                {
                    throw new InvalidOperationException(
                        $"edition '{edition.Id}' names data snapshot {edition.SnapshotId}, which is not loaded");
                }

                // Rows first, then the edition row, which seals them (a trigger refuses rows for an edition that
                // exists; the deferred foreign key holds until commit); the pointer flips last.
                await InsertEditionRowsAsync(connection, transaction, edition.Id, edition.Rows, cancellationToken)
                    .ConfigureAwait(false);
                await connection.ExecuteAsync(
                    $"INSERT INTO editions ({EditionColumns}) VALUES (@id, @year, @recipe, @snapshot, @at, @count)",
                    transaction, cancellationToken, ("@id", edition.Id), ("@year", edition.Year),
                    ("@recipe", edition.RecipeHash), ("@snapshot", edition.SnapshotId),
                    ("@at", Timestamp(edition.PublishedAt)), ("@count", edition.Rows.Count)).ConfigureAwait(false);
                await connection.ExecuteAsync(
                    "INSERT INTO current_editions (year, edition_id) VALUES (@year, @id) "
                    + "ON CONFLICT (year) DO UPDATE SET edition_id = excluded.edition_id",
                    transaction, cancellationToken, ("@year", edition.Year), ("@id", edition.Id))
                    .ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task<bool> GetEditionHeaderAsync(string id, CancellationToken cancellationToken)
    {
        var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await ExistsAsync(connection, null, "SELECT 1 FROM editions WHERE id = @id", id,
                cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<Edition?> ReadEditionAsync(DbConnection connection, string id,
        CancellationToken cancellationToken)
    {
        Edition? header = null;
        await using (var command = connection.Command($"SELECT {EditionColumns} FROM editions WHERE id = @id"))
        {
            command.Add("@id", id);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                header = new Edition(reader.GetString(0), reader.GetInt32(1), reader.GetString(2),
                    reader.GetString(3), ReadTimestamp(reader, 4), []);
            }
        }

        if (header is null)
        {
            return null;
        }

        await using var rows = connection.Command(
            "SELECT country, node, score, rank, band, rank_low, rank_median, rank_high FROM edition_rows "
            + "WHERE edition_id = @id ORDER BY seq");
        rows.Add("@id", id);
        await using var rowReader = await rows.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var result = new List<EditionRow>();
        while (await rowReader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result.Add(new EditionRow(new CountryCode(rowReader.GetString(0)), rowReader.GetString(1),
                rowReader.NullableDouble(2), rowReader.NullableInt(3), rowReader.NullableString(4),
                rowReader.NullableDouble(5) is { } low
                    ? new RankInterval(low, rowReader.NullableDouble(6)!.Value, rowReader.NullableDouble(7)!.Value)
                    : null));
        }

        return header with { Rows = result };
    }
}
