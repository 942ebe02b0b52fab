using System.Text.Json;

namespace Gpsi.Api.Tests;

/// <summary>GETs a path of the served API and parses its JSON body.</summary>
internal static class ApiGet
{
    public static async Task<(HttpResponseMessage Response, JsonElement Json)> JsonAsync(this ApiFixture fixture,
        string path)
    {
        var response = await fixture.Client.GetAsync(new Uri(path, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text);
        return (response, document.RootElement.Clone());
    }

    /// <summary>The number, or null for a JSON null.</summary>
    public static double? Number(this JsonElement element) =>
        element.ValueKind == JsonValueKind.Null ? null : element.GetDouble();

    /// <summary>The integer, or null for a JSON null.</summary>
    public static int? Int(this JsonElement element) =>
        element.ValueKind == JsonValueKind.Null ? null : element.GetInt32();
}
