using System.Text;
using static Gpsi.Data.Csv.CsvText;

namespace Gpsi.Data.Output;

/// <summary>
/// Writes an <see cref="OutputTable"/> as plain CSV (RFC 4180, comma, LF line ends, UTF-8 without BOM, fields quoted
/// only when they must be) with <c>recipe_hash</c> and <c>snapshot_id</c> as the last two columns on every row.
/// </summary>
internal static class OutputCsv
{
    public static byte[] Render(OutputTable table, string recipeHash, string snapshotId)
    {
        var text = new StringBuilder();
        text.AppendJoin(',', table.Columns.Select(Field)).Append(",recipe_hash,snapshot_id\n");
        var tail = "," + Field(recipeHash) + "," + Field(snapshotId) + "\n";
        foreach (var row in table.Rows)
        {
            if (row.Length != table.Columns.Count)
            {
                throw new ArgumentException($"A row has {row.Length} cells for {table.Columns.Count} columns.", nameof(table));
            }

            text.AppendJoin(',', row.Select(c => Field(OutputCells.Text(c)))).Append(tail);
        }

        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text.ToString());
    }
}
