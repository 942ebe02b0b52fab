using System.Text;
using Gpsi.Reports.Texts;
using static Gpsi.Reports.Html.Html;

namespace Gpsi.Reports.Site;

/// <summary>Sources and licences, from <c>IndexRun.Sources</c>.</summary>
internal static class SourcesSection
{
    public static string Render(Words w, ReportModel m)
    {
        var sb = new StringBuilder();
        sb.Append($"<h1>{E(w["sources.title"])}</h1>\n<p>{E(w["sources.intro"])}</p>\n");
        sb.Append($"<table><tr><th>{E(w["sources.source"])}</th><th>{E(w["sources.publisher"])}</th><th>{E(w["sources.licence"])}</th><th>{E(w["sources.vintage"])}</th><th>{E(w["sources.series"])}</th></tr>\n");
        foreach (var s in m.Run.Sources)
        {
            sb.Append($"<tr><td><a href=\"{E(s.Url)}\">{E(s.Title)}</a><br/><span class=\"muted\">{E(s.Id)} · {E(s.File)}</span></td>")
                .Append($"<td>{E(s.Publisher)}</td><td>{E(s.Licence)}</td><td>{E(s.Vintage)}</td><td>{E(string.Join(", ", s.Series))}</td></tr>\n");
        }

        sb.Append($"</table>\n<p class=\"muted\">{E(w["sources.boundaries"])}</p>\n");
        return sb.ToString();
    }
}
