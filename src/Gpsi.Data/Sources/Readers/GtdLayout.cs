using System.Text;
using Gpsi.Core.Diagnostics;

namespace Gpsi.Data.Sources.Readers;

/// <summary>
/// Where the six GTD columns sit in a file's header (<c>nkill, nwound, propvalue, country_gtd, iso3, year</c>, in any
/// order; other columns are allowed and ignored) and how many fields every line must have.
/// </summary>
internal sealed record GtdLayout(int FieldCount, int Kill, int Wound, int Property, int Name, int Code, int Year)
{
    /// <summary>The column names the reader needs, as they must appear in the header.</summary>
    public static readonly string[] Required = ["nkill", "nwound", "propvalue", "country_gtd", "iso3", "year"];

    /// <summary>The header name of every field, for diagnostics.</summary>
    public IReadOnlyList<string> Names { get; init; } = [];

    /// <summary>Reads the header line; null with diagnostics when a required column is missing or it is malformed.</summary>
    public static GtdLayout? Parse(ReadOnlySpan<byte> line, string file, List<Diagnostic> diagnostics)
    {
        var fields = new GtdField[GtdFields.CountFields(line)];
        var split = GtdFields.Split(line, fields, out var at);
        if (split != GtdSplit.Ok)
        {
            diagnostics.Add(Diagnostic.Error("gtd.header", "The header line is not valid CSV.",
                new SourceLocation(file, 1, at), GtdProblems.Text(line), "comma-separated column names"));
            return null;
        }

        var scratch = new byte[line.Length];
        var names = new string[fields.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            names[i] = Encoding.UTF8.GetString(GtdFields.Content(line, fields[i], scratch));
        }

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            if (!index.TryAdd(names[i], i) && Array.IndexOf(Required, names[i]) >= 0)
            {
                diagnostics.Add(Diagnostic.Error("gtd.header", $"Column '{names[i]}' appears twice.",
                    new SourceLocation(file, 1, i + 1), names[i], "each GTD column once"));
                return null;
            }
        }

        var missing = Required.Where(r => !index.ContainsKey(r)).ToList();
        if (missing.Count > 0)
        {
            diagnostics.Add(Diagnostic.Error("gtd.header",
                $"The header lacks the column(s) {string.Join(", ", missing)}.", new SourceLocation(file, 1),
                string.Join(",", names), "the columns " + string.Join(", ", Required)));
            return null;
        }

        return new GtdLayout(names.Length, index["nkill"], index["nwound"], index["propvalue"], index["country_gtd"],
            index["iso3"], index["year"]) { Names = names };
    }
}
