using Gpsi.Data;

namespace Gpsi.Data.Tests;

/// <summary>Paths into ../shared/data, which CI provides beside the checkout.</summary>
internal static class SharedData
{
    public static string Root { get; } = DataDirectory.Resolve()
        ?? throw new InvalidOperationException("../shared/data was not found beside the repository.");

    public static string AsemDirectory => Path.Combine(Root, "coinr-asem");

    public static string AsemData => Path.Combine(AsemDirectory, "iData.csv");

    public static string AsemMeta => Path.Combine(AsemDirectory, "iMeta.csv");

    public static string GtdEvents => Path.Combine(Root, "events", "gtd_events_2012_2017_subset.csv");

    public static string AsemReference(string file) => Path.Combine(AsemDirectory, "reference", file);
}
