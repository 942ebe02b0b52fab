using System.Collections;
using System.Globalization;
using System.Text;

namespace Gpsi.Core.Recipes;

/// <summary>
/// A minimal JSON writer for the canonical form: no whitespace, object keys sorted ordinally, strings escaped only
/// where JSON requires it (<c>"</c>, <c>\</c>, control characters), numbers in shortest round-trip form. Written
/// here rather than with <c>Utf8JsonWriter</c> so the bytes (and so every recipe hash) cannot change with the runtime's
/// escaping policy.
/// </summary>
internal static class CanonicalJson
{
    /// <summary>A JSON object whose keys are kept in ordinal order.</summary>
    public static SortedDictionary<string, object?> Object() => new(StringComparer.Ordinal);

    /// <summary>
    /// Writes <paramref name="value"/>: null, string, bool, int, double, an ordinal-keyed dictionary or a sequence.
    /// </summary>
    public static string Write(object? value)
    {
        var text = new StringBuilder();
        Append(text, value);
        return text.ToString();
    }

    private static void Append(StringBuilder text, object? value)
    {
        switch (value)
        {
            case null:
                text.Append("null");
                break;
            case string s:
                AppendString(text, s);
                break;
            case bool b:
                text.Append(b ? "true" : "false");
                break;
            case int i:
                text.Append(i.ToString(CultureInfo.InvariantCulture));
                break;
            case double d:
                if (!double.IsFinite(d))
                {
                    throw new ArgumentOutOfRangeException(nameof(value), d, "JSON has no non-finite numbers.");
                }

                text.Append(MethodSyntax.Number(d));
                break;
            case SortedDictionary<string, object?> map:
                text.Append('{');
                var first = true;
                foreach (var (key, item) in map)
                {
                    text.Append(first ? string.Empty : ",");
                    first = false;
                    AppendString(text, key);
                    text.Append(':');
                    Append(text, item);
                }

                text.Append('}');
                break;
            case IEnumerable items:
                text.Append('[');
                var firstItem = true;
                foreach (var item in items)
                {
                    text.Append(firstItem ? string.Empty : ",");
                    firstItem = false;
                    Append(text, item);
                }

                text.Append(']');
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(value), value, "Not a canonical JSON value.");
        }
    }

    private static void AppendString(StringBuilder text, string s)
    {
        text.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"':
                    text.Append("\\\"");
                    break;
                case '\\':
                    text.Append("\\\\");
                    break;
                case '\n':
                    text.Append("\\n");
                    break;
                case '\r':
                    text.Append("\\r");
                    break;
                case '\t':
                    text.Append("\\t");
                    break;
                case < ' ':
                    text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default:
                    text.Append(c);
                    break;
            }
        }

        text.Append('"');
    }
}
