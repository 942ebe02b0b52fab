using System.CommandLine;
using System.Text.RegularExpressions;

namespace Gpsi.Cli.Commands;

/// <summary>The <c>--store</c> option: where editions and data snapshots live.</summary>
internal static partial class StoreOption
{
    /// <summary>The environment variable read when <c>--store</c> is not given.</summary>
    public const string Variable = "GPSI_STORE";

    public static Option<string?> Create() => new("--store")
    {
        Description = $"The store: a SQLite file (path or 'Data Source=…') or a PostgreSQL connection string ('Host=…;Database=…' or postgres://…). Default: ${Variable}, else gpsi.db in the working directory.",
    };

    /// <summary>The explicit value, else the environment variable, else null (SQLite gpsi.db).</summary>
    public static string? Resolve(string? option) =>
        !string.IsNullOrWhiteSpace(option) ? option
        : Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured ? configured
        : null;

    /// <summary>The store for messages, with any password hidden.</summary>
    public static string Describe(string? connection) =>
        connection is null
            ? Path.GetFullPath("gpsi.db")
            : UrlPassword().Replace(Password().Replace(connection, "${key}=***"), "://${user}:***@");

    [GeneratedRegex(@"://(?<user>[^:/@]+):[^@]*@")]
    private static partial Regex UrlPassword();

    [GeneratedRegex(@"(?<key>password|pwd)\s*=\s*[^;]*", RegexOptions.IgnoreCase)]
    private static partial Regex Password();
}
