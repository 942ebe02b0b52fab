using System.Globalization;

namespace Gpsi.Data.Store;

/// <summary>
/// Timestamps as both back ends keep them: UTC, to the microsecond (PostgreSQL's resolution), so a value reads back
/// equal on either. SQLite stores fixed-width ISO 8601 text, which sorts in time order.
/// </summary>
internal static class StoreTime
{
    private const string TextFormat = "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'";

    /// <summary>The instant in UTC, with the sub-microsecond ticks dropped.</summary>
    public static DateTimeOffset Normalise(DateTimeOffset time) =>
        new(time.UtcTicks - (time.UtcTicks % 10), TimeSpan.Zero);

    public static string ToText(DateTimeOffset time) =>
        Normalise(time).UtcDateTime.ToString(TextFormat, CultureInfo.InvariantCulture);

    public static DateTimeOffset FromText(string text) =>
        DateTimeOffset.ParseExact(text, TextFormat, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
