using Gpsi.Core.Diagnostics;
using Gpsi.Data.Csv;

namespace Gpsi.Data.Sources.Readers;

/// <summary>
/// Finds the columns a <see cref="TableSpec"/> needs in one file's header, from the entry's options or the layout's
/// default names, and reports a missing one at line 1 with the columns that are there and the closest name.
/// </summary>
internal sealed class TableColumns(TableSpec spec, SourceEntry entry, CsvTable table, List<Diagnostic> diagnostics)
{
    /// <summary>The index of <paramref name="name"/> in the header (or of a labelled <c>NAME: label</c> header); −1.</summary>
    public int Find(string name)
    {
        var index = table.ColumnOf(name);
        if (index >= 0 || !spec.LabelledCells)
        {
            return index;
        }

        for (var i = 0; i < table.Header.Length; i++)
        {
            var header = table.Header[i];
            if (header.Length > name.Length && header.StartsWith(name, StringComparison.Ordinal)
                && header[name.Length] == ':')
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The column for <paramref name="role"/>: the one its option names (which must exist), else the first default
    /// found. −1 when absent and optional; −2 after reporting a missing required or explicitly named column.
    /// </summary>
    public int Resolve(ColumnRole? role)
    {
        if (role is null)
        {
            return -1;
        }

        if (entry.Options.TryGetValue(role.Option, out var named))
        {
            return Require(named, $"option {role.Option} ({role.Meaning})");
        }

        foreach (var name in role.Defaults)
        {
            if (Find(name) is var index and >= 0)
            {
                return index;
            }
        }

        if (!role.Required)
        {
            return -1;
        }

        Missing(role.Defaults[0], $"{role.Meaning}; tried {string.Join(", ", role.Defaults)}; "
            + $"set option {role.Option} to name another column");
        return -2;
    }

    /// <summary>The index of <paramref name="name"/>; −2 after reporting it missing, naming <paramref name="namedBy"/>.</summary>
    public int Require(string name, string namedBy)
    {
        var index = Find(name);
        if (index < 0)
        {
            Missing(name, namedBy);
            return -2;
        }

        return index;
    }

    private void Missing(string name, string namedBy)
    {
        var hint = Suggestions.Closest(name, table.Header) is { } near ? $"; did you mean '{near}'?" : ".";
        diagnostics.Add(Diagnostic.Error("data.missing-column",
            $"The file has no column '{name}' ({namedBy}){hint}",
            new SourceLocation(table.File, 1, null, $"column '{name}'"), name,
            "one of the columns found: " + string.Join(", ", table.Header)));
    }
}
