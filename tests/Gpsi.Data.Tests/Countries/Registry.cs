using Gpsi.Core.Diagnostics;
using Gpsi.Data.Countries;

namespace Gpsi.Data.Tests.Countries;

/// <summary>The registry loaded once from ../shared/data, with the diagnostics of that load.</summary>
internal static class Registry
{
    private static readonly Lazy<(CountryRegistry? Registry, List<Diagnostic> Diagnostics)> Loaded = new(() =>
    {
        var diagnostics = new List<Diagnostic>();
        return (CountryRegistry.Load(SharedData.Root, diagnostics), diagnostics);
    });

    public static CountryRegistry Shared => Loaded.Value.Registry
        ?? throw new InvalidOperationException(string.Join("\n", Loaded.Value.Diagnostics));

    public static IReadOnlyList<Diagnostic> LoadDiagnostics => Loaded.Value.Diagnostics;
}
