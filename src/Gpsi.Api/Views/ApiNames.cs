using Gpsi.Data.Editions;
using Gpsi.Reports.Texts;

namespace Gpsi.Api.Views;

/// <summary>The zh-Hans names of the answers (<see cref="ReportTexts.Default"/>); English when none exists.</summary>
internal static class ApiNames
{
    private static ReportTexts Texts => ReportTexts.Default;

    public static string Country(string iso3, string englishName) =>
        Texts.Country(iso3, englishName, ReportTexts.Chinese);

    public static string Node(RunNode node) => Texts.Node(node.Code, node.Name, ReportTexts.Chinese);

    public static string? Band(string? label) => label is null ? null : Texts.Band(label, ReportTexts.Chinese);

    public static string? Region(string? region) => region is null ? null : Texts.Region(region, ReportTexts.Chinese);

    public static string? Income(string? group) => group is null ? null : Texts.Income(group, ReportTexts.Chinese);

    public static ApiNodeRef Ref(RunNode node) => new(node.Code, node.Name, Node(node), node.Level);

    public static string Kind(RunNode node) => node.Kind == Core.Structure.NodeKind.Indicator ? "indicator" : "aggregate";

    public static int? Direction(RunNode node) =>
        node.Kind == Core.Structure.NodeKind.Indicator ? (int)node.Direction : null;

    public static string Status(ValueStatus status) => status switch
    {
        ValueStatus.Observed => "observed",
        ValueStatus.CarriedForward => "carriedForward",
        ValueStatus.BackCast => "backCast",
        ValueStatus.Imputed => "imputed",
        ValueStatus.Missing => "missing",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown value status."),
    };
}
