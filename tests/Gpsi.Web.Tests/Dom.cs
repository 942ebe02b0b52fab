using System.Text.Json;
using Microsoft.Playwright;

namespace Gpsi.Web.Tests;

/// <summary>Reads of the dashboard's DOM hooks (docs/dashboard.md, "DOM hooks"), returned as plain records.</summary>
internal static class Dom
{
    /// <summary>The grey of a map path without data, as the computed style writes it.</summary>
    public const string NoDataGrey = "rgb(208, 208, 208)";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Every <c>svg#map path.country</c>: ISO3 (null when the feature has none), computed fill, whether it
    /// says <c>data-nodata</c>, and its aria-label.</summary>
    public static Task<List<MapPath>> MapPathsAsync(IPage page) => ReadAsync<List<MapPath>>(page, """
        () => JSON.stringify([...document.querySelectorAll('svg#map path.country')].map(p => ({
          iso3: p.dataset.iso3 || null, fill: getComputedStyle(p).fill, noData: p.hasAttribute('data-nodata'),
          label: p.getAttribute('aria-label') })))
        """);

    /// <summary>Every ranking row (<c>table#ranking tbody tr[data-iso3]</c>) as shown; the name is the profile link's text.</summary>
    public static Task<List<RankingRow>> RankingRowsAsync(IPage page) => ReadAsync<List<RankingRow>>(page, """
        () => JSON.stringify([...document.querySelectorAll('table#ranking tbody tr[data-iso3]')].map(r => {
          const text = sel => (r.querySelector(sel)?.textContent ?? '').trim();
          return { iso3: r.dataset.iso3, rank: text('td.rank'), whatIf: text('td.whatif-rank'), name: (r.querySelector('td.name a') ?? r.querySelector('td.name'))?.textContent.trim() ?? '',
                   score: text('td.score'), band: text('td.band'), interval: text('td.interval'),
                   moved: r.dataset.moved ?? null };
        }))
        """);

    /// <summary>The what-if sliders: dimension code → value.</summary>
    public static Task<Dictionary<string, double>> WeightsAsync(IPage page) => ReadAsync<Dictionary<string, double>>(page, """
        () => JSON.stringify(Object.fromEntries([...document.querySelectorAll('section#whatif input[type=range][data-dimension]')]
          .map(i => [i.dataset.dimension, Number(i.value)])))
        """);

    /// <summary>Sets a what-if slider as a reader's drag would end: the value, then <c>input</c> and <c>change</c>.</summary>
    public static Task SetWeightAsync(IPage page, string dimension, string value) => page.EvaluateAsync("""
        ([dimension, value]) => {
          const input = document.querySelector(`section#whatif input[type=range][data-dimension="${dimension}"]`);
          if (!input) throw new Error(`no what-if slider for ${dimension}`);
          input.value = value;
          input.dispatchEvent(new Event('input', { bubbles: true }));
          input.dispatchEvent(new Event('change', { bubbles: true }));
        }
        """, new[] { dimension, value });

    /// <summary>The slider's maximum (<c>max</c> attribute; 100 when absent, the HTML default).</summary>
    public static Task<string> MaxWeightAsync(IPage page, string dimension) => page.EvaluateAsync<string>(
        "d => document.querySelector(`section#whatif input[type=range][data-dimension=\"${d}\"]`).max || '100'", dimension);

    private static async Task<T> ReadAsync<T>(IPage page, string script) =>
        JsonSerializer.Deserialize<T>(await page.EvaluateAsync<string>(script), Json)
        ?? throw new InvalidOperationException("the page returned null for " + script);
}

/// <summary>A map path as drawn.</summary>
internal sealed record MapPath(string? Iso3, string Fill, bool NoData, string? Label)
{
    /// <summary>True when the path carries a colour of its own (not grey, not unpainted, not marked no-data).</summary>
    public bool Coloured => !NoData && Fill != Dom.NoDataGrey && Fill != "none" && Fill.Length > 0;
}

/// <summary>A ranking row as shown (cell texts).</summary>
internal sealed record RankingRow(string Iso3, string Rank, string WhatIf, string Name, string Score, string Band,
    string Interval, string? Moved);
