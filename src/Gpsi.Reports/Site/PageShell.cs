using System.Text;
using Gpsi.Reports.Texts;
using static Gpsi.Reports.Html.Html;

namespace Gpsi.Reports.Site;

/// <summary>The frame of every page: head with the one style sheet, navigation, footer with recipe hash and snapshot.</summary>
internal static class PageShell
{
    public static string Render(Words w, ReportModel model, string title, string root, string body, bool print = false)
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n");
        sb.Append($"<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"{w.Language}\">\n<head>\n<meta charset=\"utf-8\"/>\n");
        sb.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
        // Printed pages carry the recipe hash and the snapshot in every page's bottom margin (CSS margin boxes).
        var printFooter = $"{w["footer.recipe"]}: {model.Run.Recipe.Name} {model.Run.RecipeHash}\n{w["footer.snapshot"]}: {model.Run.SnapshotId}";
        sb.Append($"<title>{E(title)}</title>\n<style>\n{Styles.Css(w.IsChinese, printFooter)}</style>\n</head>\n<body>\n");
        if (!print)
        {
            var other = w.IsChinese ? ReportTexts.English : ReportTexts.Chinese;
            sb.Append("<nav>")
                .Append($"<a class=\"brand\" href=\"{root}index.html\">{E(w["report.title"])}</a> ")
                .Append($"<a href=\"{root}index.html\">{E(w["nav.home"])}</a> ")
                .Append($"<a href=\"{root}methodology.html\">{E(w["nav.methodology"])}</a> ")
                .Append($"<a href=\"{root}sources.html\">{E(w["nav.sources"])}</a> ")
                .Append(model.Audit is null ? string.Empty : $"<a href=\"{root}audit.html\">{E(w["nav.audit"])}</a> ")
                .Append($"<a class=\"lang\" href=\"{root}../{other}/index.html\">{E(w["report.language"])}</a>")
                .Append("</nav>\n");
        }

        sb.Append("<main>\n").Append(body).Append("</main>\n");
        sb.Append("<footer>")
            .Append($"{E(w["footer.recipe"])}: {E(model.Run.Recipe.Name)} <code>{E(model.Run.RecipeHash)}</code> · ")
            .Append($"{E(w["footer.snapshot"])}: <code>{E(model.Run.SnapshotId)}</code><br/>")
            .Append(E(w["footer.generated"]))
            .Append("</footer>\n</body>\n</html>\n");
        return sb.ToString();
    }
}
