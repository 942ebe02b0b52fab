using System.Text;
using System.Text.Json;

namespace Gpsi.Data.Fetch;

/// <summary>Parsing fetched JSON with a one-line reason on failure.</summary>
internal static class JsonText
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64 };

    /// <summary>The parsed document, or null with <paramref name="error"/> naming line and column.</summary>
    public static JsonDocument? TryParse(byte[] body, out string? error)
    {
        try
        {
            error = null;
            return JsonDocument.Parse(body, Options);
        }
        catch (JsonException e)
        {
            var start = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 60)).ReplaceLineEndings(" ");
            error = $"the body is not JSON (line {(e.LineNumber ?? 0) + 1}, byte {(e.BytePositionInLine ?? 0) + 1}; " +
                $"starts with '{start}')";
            return null;
        }
    }

    /// <summary>An integer property given as a JSON number or a numeric string (the World Bank uses both).</summary>
    public static int? Int(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var p) ? p.ValueKind switch
        {
            JsonValueKind.Number when p.TryGetInt32(out var n) => n,
            JsonValueKind.String when int.TryParse(p.GetString(), out var n) => n,
            _ => null,
        } : null;

    public static string? String(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
}
