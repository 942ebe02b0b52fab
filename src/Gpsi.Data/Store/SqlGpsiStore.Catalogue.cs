using Gpsi.Core.Recipes;
using Gpsi.Data.Sources;

namespace Gpsi.Data.Store;

/// <content>The source catalogue (mutable, upsert by id) and recipes (content-addressed, immutable).</content>
internal abstract partial class SqlGpsiStore
{
    private const string SourceColumns = "id, title, publisher, url, licence, file, format, vintage, notes, series, "
        + "options";

    public async Task UpsertSourcesAsync(IEnumerable<SourceEntry> sources,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                foreach (var source in sources)
                {
                    ArgumentNullException.ThrowIfNull(source);
                    ArgumentException.ThrowIfNullOrWhiteSpace(source.Id, nameof(sources));
                    await connection.ExecuteAsync(
                        $"INSERT INTO sources ({SourceColumns}) VALUES (@id, @title, @publisher, @url, @licence, "
                        + $"@file, @format, @vintage, @notes, {Json("@series")}, {Json("@options")}) "
                        + "ON CONFLICT (id) DO UPDATE SET title = excluded.title, publisher = excluded.publisher, "
                        + "url = excluded.url, licence = excluded.licence, file = excluded.file, "
                        + "format = excluded.format, vintage = excluded.vintage, notes = excluded.notes, "
                        + "series = excluded.series, options = excluded.options",
                        transaction, cancellationToken,
                        ("@id", source.Id), ("@title", source.Title), ("@publisher", source.Publisher),
                        ("@url", source.Url), ("@licence", source.Licence), ("@file", source.File),
                        ("@format", source.Format), ("@vintage", source.Vintage), ("@notes", source.Notes),
                        ("@series", StoreJson.Series(source.Series)), ("@options", StoreJson.Map(source.Options)))
                        .ConfigureAwait(false);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public async Task<IReadOnlyList<SourceEntry>> ListSourcesAsync(CancellationToken cancellationToken = default)
    {
        var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await using var command = connection.Command($"SELECT {SourceColumns} FROM sources ORDER BY id");
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var result = new List<SourceEntry>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                result.Add(new SourceEntry(reader.GetString(0), reader.GetString(1), reader.GetString(2),
                    reader.GetString(3), reader.GetString(4), reader.GetString(5), reader.GetString(6),
                    reader.GetString(7), StoreJson.ReadSeries(reader.GetString(9)), reader.GetString(8),
                    StoreJson.ReadMap(reader.GetString(10))));
            }

            return result;
        }
    }

    public async Task<string> SaveRecipeAsync(Recipe recipe, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        var json = RecipeCanonicalForm.ToJson(recipe);
        var hash = RecipeHash.Compute(recipe);
        var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            // Not ON CONFLICT DO NOTHING: the SQLite trigger that stops INSERT OR REPLACE of a saved recipe fires
            // before conflict handling, so "already there" must be decided by the statement itself.
            try
            {
                await connection.ExecuteAsync(
                    "INSERT INTO recipes (hash, name, canonical_json) SELECT @hash, @name, @json "
                    + "WHERE NOT EXISTS (SELECT 1 FROM recipes WHERE hash = @hash)",
                    null, cancellationToken, ("@hash", hash), ("@name", recipe.Name), ("@json", json))
                    .ConfigureAwait(false);
            }
            catch (System.Data.Common.DbException e) when (IsUniqueViolation(e))
            {
                // A concurrent caller saved the same recipe between our check and our insert: same hash, same text.
            }
        }

        return hash;
    }

    public async Task<StoredRecipe?> GetRecipeAsync(string hash, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(hash);
        var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await using var command = connection.Command(
                "SELECT hash, name, canonical_json FROM recipes WHERE hash = @hash");
            command.Add("@hash", hash);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
                ? new StoredRecipe(reader.GetString(0), reader.GetString(1), reader.GetString(2))
                : null;
        }
    }
}
