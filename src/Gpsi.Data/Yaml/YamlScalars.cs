using System.Globalization;
using System.Text;

namespace Gpsi.Data.Yaml;

/// <summary>How the writer prints a scalar: plain when it cannot be misread, double-quoted otherwise.</summary>
internal static class YamlScalars
{
    private static readonly string[] Reserved = ["null", "~", "true", "false", "yes", "no", "on", "off", "y", "n"];

    /// <summary>Shortest round-trip invariant form; −0 is written as 0.</summary>
    public static string Number(double value) =>
        value == 0 ? "0" : value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>
    /// <paramref name="text"/> as a YAML scalar. Plain only when it starts with a letter or <c>_</c>, holds letters,
    /// digits, spaces and a few harmless punctuation marks, and is no YAML keyword; in a flow collection (or as a
    /// key) commas and colons force quotes too.
    /// </summary>
    public static string String(string text, bool flow)
    {
        ArgumentNullException.ThrowIfNull(text);
        return IsPlain(text, flow) ? text : Quote(text);
    }

    private static bool IsPlain(string text, bool flow)
    {
        // Whole numbers are plain as keys (by-level: { 3: gmean }); values never reach here as numbers.
        if (flow && text.Length is > 0 and < 10 && text.All(char.IsAsciiDigit))
        {
            return true;
        }

        if (text.Length == 0 || !(char.IsLetter(text[0]) || text[0] == '_') || char.IsWhiteSpace(text[^1])
            || text.EndsWith(':') || Reserved.Contains(text, StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var ok = char.IsLetterOrDigit(c) || c is ' ' or '_' or '-' or '.' or '/' or '(' or ')' or '%' or '+' or '&'
                || (!flow && c == ',')
                || (!flow && c == ':' && i + 1 < text.Length && text[i + 1] != ' ');
            if (!ok || char.IsSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string Quote(string text)
    {
        var quoted = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"':
                    quoted.Append("\\\"");
                    break;
                case '\\':
                    quoted.Append("\\\\");
                    break;
                case '\n':
                    quoted.Append("\\n");
                    break;
                case '\t':
                    quoted.Append("\\t");
                    break;
                case < ' ' or (>= '\u007f' and <= '\u009f') or '\u2028' or '\u2029' or '\ufeff':
                    quoted.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default:
                    quoted.Append(c);
                    break;
            }
        }

        return quoted.Append('"').ToString();
    }
}
