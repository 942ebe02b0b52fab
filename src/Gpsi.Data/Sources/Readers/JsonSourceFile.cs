using System.Text.Json;
using Gpsi.Core.Diagnostics;

namespace Gpsi.Data.Sources.Readers;

/// <summary>
/// A JSON source file read whole, with the line of every row object so records and diagnostics can name it. Rows
/// are the objects directly inside an array one level below the root (World Bank <c>[paging, [rows]]</c>, OData
/// <c>{"value": [rows]}</c>).
/// </summary>
internal sealed class JsonSourceFile : IDisposable
{
    private readonly List<long> _newlines;
    private readonly List<long> _rowStarts;

    private JsonSourceFile(JsonDocument document, List<long> newlines, List<long> rowStarts)
    {
        Document = document;
        _newlines = newlines;
        _rowStarts = rowStarts;
    }

    public JsonDocument Document { get; }

    public JsonElement Root => Document.RootElement;

    /// <summary>The parsed file, or null with a diagnostic (unreadable file; invalid JSON with line and column).</summary>
    public static JsonSourceFile? Load(string path, string displayPath, string format, List<Diagnostic> diagnostics)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error("json.unreadable", $"Cannot read the file: {e.Message}",
                new SourceLocation(displayPath), null, $"a readable {format} file"));
            return null;
        }

        var start = bytes.AsSpan().StartsWith((byte[])[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var json = bytes.AsMemory(start);
        try
        {
            var document = JsonDocument.Parse(json);
            return new JsonSourceFile(document, Newlines(json.Span), RowStarts(json.Span));
        }
        catch (JsonException e)
        {
            diagnostics.Add(Diagnostic.Error("json.invalid", $"The file is not valid JSON: {FirstSentence(e.Message)}",
                new SourceLocation(displayPath, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1),
                null, $"a {format} JSON document"));
            return null;
        }
    }

    /// <summary>The 1-based line where row <paramref name="index"/> starts; null when rows could not be located.</summary>
    public int? LineOfRow(int index, int rowCount)
    {
        if (_rowStarts.Count != rowCount || index < 0 || index >= _rowStarts.Count)
        {
            return null;
        }

        var found = _newlines.BinarySearch(_rowStarts[index]);
        return (found >= 0 ? found : ~found) + 1;
    }

    public void Dispose() => Document.Dispose();

    private static List<long> Newlines(ReadOnlySpan<byte> json)
    {
        var lines = new List<long>();
        for (var i = 0; i < json.Length; i++)
        {
            if (json[i] == (byte)'\n')
            {
                lines.Add(i);
            }
        }

        return lines;
    }

    private static List<long> RowStarts(ReadOnlySpan<byte> json)
    {
        var starts = new List<long>();
        var arrays = new Stack<bool>();
        var reader = new Utf8JsonReader(json);
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    if (reader.CurrentDepth == 2 && arrays.Count > 0 && arrays.Peek())
                    {
                        starts.Add(reader.TokenStartIndex);
                    }

                    arrays.Push(false);
                    break;
                case JsonTokenType.StartArray:
                    arrays.Push(true);
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    arrays.Pop();
                    break;
            }
        }

        return starts;
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
