using System.Text.Encodings.Web;
using System.Text.Json;
using Gpsi.Data.Coinr;

namespace Gpsi.Data.Output;

/// <summary>Shared JSON writing: indented with two spaces, LF line ends, no escaping of non-ASCII text, numbers as R
/// writes them (<see cref="RNumberFormat"/>), non-finite numbers as null; the text ends with a line break.</summary>
internal static class OutputJson
{
    public static byte[] Write(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Indented = true,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            body(writer);
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    public static void Number(this Utf8JsonWriter writer, string name, double? value)
    {
        writer.WritePropertyName(name);
        if (value is { } v && double.IsFinite(v))
        {
            writer.WriteRawValue(RNumberFormat.Format(v), skipInputValidation: true);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    public static void Integer(this Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    public static void Text(this Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }
}
