using System.Globalization;
using System.Text;

namespace Gpsi.Data.Countries;

/// <summary>The one normal form every country-name lookup goes through.</summary>
public static class CountryNames
{
    /// <summary>
    /// Normalises a country name for lookup: canonical decomposition (NFD) with the diacritics dropped
    /// (<c>Côte</c> → <c>cote</c>; a few letters without a decomposition are folded too: ø→o, ł→l, đ/ð→d, ħ→h,
    /// ı→i, ſ→s, ŧ→t, ß→ss, æ→ae, œ→oe, þ→th), case folded to lower case, <c>&amp;</c> read as <c>and</c>, apostrophes
    /// dropped (<c>d'Ivoire</c> → <c>divoire</c>), every other run of punctuation, symbols or white space made one
    /// space, trimmed, and any leading <c>the </c> removed (<c>The Gambia</c> → <c>gambia</c>; a trailing
    /// <c>, The</c> stays). The result holds only lower-case letters, digits and single spaces; normalising it again
    /// gives it back unchanged. Characters outside the Basic Multilingual Plane and unpaired surrogates count as
    /// separators. Works the same with and without ICU (the decomposition table is embedded).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public static string Normalise(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = new StringBuilder(name.Length);
        var pendingSpace = false;
        foreach (var raw in name)
        {
            if (raw is '\'' or '\u2019' or '\u2018' or '`' or '\u00B4' or '\u02BC' or '\u02BB')
            {
                continue;
            }

            // Marks are dropped before case folding: the upper case of U+0345 (a nonspacing mark) is a letter.
            var c = DiacriticTable.Base(raw);
            if (IsMark(c))
            {
                continue;
            }

            c = DiacriticTable.Base(char.ToLowerInvariant(char.ToUpperInvariant(c)));
            if (IsMark(c))
            {
                continue;
            }

            if (c == '&')
            {
                text.Append(text.Length > 0 ? " and" : "and");
                pendingSpace = true;
                continue;
            }

            var word = c switch
            {
                'ø' => "o",
                'ł' => "l",
                'đ' or 'ð' => "d",
                'ħ' => "h",
                'ı' => "i",
                'ſ' => "s",
                'ŧ' => "t",
                'ß' => "ss",
                'æ' => "ae",
                'œ' => "oe",
                'þ' => "th",
                _ => null,
            };
            if (word is null && !char.IsLetterOrDigit(c))
            {
                pendingSpace = text.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                text.Append(' ');
                pendingSpace = false;
            }

            if (word is null)
            {
                text.Append(c);
            }
            else
            {
                text.Append(word);
            }
        }

        var start = 0;
        while (text.Length - start > 4 && text[start] == 't' && text[start + 1] == 'h' && text[start + 2] == 'e'
            && text[start + 3] == ' ')
        {
            start += 4;
        }

        return text.ToString(start, text.Length - start);
    }

    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c)
        is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark;
}
