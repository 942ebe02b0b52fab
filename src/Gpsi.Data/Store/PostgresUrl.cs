using Npgsql;

namespace Gpsi.Data.Store;

/// <summary>Turns a <c>postgres://user:password@host:port/database?key=value</c> URL into Npgsql keywords.</summary>
internal static class PostgresUrl
{
    /// <summary>libpq URL parameter names that Npgsql spells differently.</summary>
    private static readonly Dictionary<string, string> LibpqNames = new(StringComparer.Ordinal)
    {
        ["sslmode"] = "SSL Mode",
        ["application_name"] = "Application Name",
        ["search_path"] = "Search Path",
        ["connect_timeout"] = "Timeout",
        ["target_session_attrs"] = "Target Session Attributes",
    };

    /// <summary>
    /// The Npgsql connection string for <paramref name="url"/>. User, password and database are percent-decoded;
    /// the port defaults to 5432; query parameters are Npgsql keywords or libpq names (<c>sslmode</c>,
    /// <c>application_name</c>, <c>search_path</c>, <c>connect_timeout</c>, <c>target_session_attrs</c>).
    /// </summary>
    /// <exception cref="ArgumentException">Not a valid URL, or a query key Npgsql does not know.</exception>
    public static string ToConnectionString(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            throw new ArgumentException("the postgres:// URL is malformed: expected postgres://user:pw@host:port/db",
                nameof(url));
        }

        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port,
        };
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2)
            {
                builder.Password = Uri.UnescapeDataString(parts[1]);
            }
        }

        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
        {
            builder.Database = database;
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            var key = Uri.UnescapeDataString(kv[0]);
            key = LibpqNames.GetValueOrDefault(key.ToLowerInvariant(), key);
            var value = kv.Length == 2 ? Uri.UnescapeDataString(kv[1]) : string.Empty;
            try
            {
                builder[key] = value;
            }
            catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException)
            {
                throw new ArgumentException($"the postgres:// URL has a parameter Npgsql does not accept: '{key}'",
                    nameof(url), e);
            }
        }

        return builder.ConnectionString;
    }
}
