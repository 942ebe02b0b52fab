using System.Text.Json;

namespace Gpsi.Data.Fetch;

/// <summary>One verified page of a World Bank API v2 response: <c>[{page, pages, per_page, total, …}, [rows]]</c>.</summary>
internal sealed record WorldBankPage(int Page, int Pages, int Total, string? LastUpdated, string PagingJson,
    IReadOnlyList<string> Rows)
{
    /// <summary>
    /// Parses and checks a page body: JSON, the two-part shape, the page number asked for, rows that are objects of
    /// <paramref name="code"/>. The API reports bad requests as HTTP 200 with <c>[{"message": […]}]</c>; that is
    /// an error here, quoting the message.
    /// </summary>
    public static WorldBankPage? Parse(byte[] body, int expectedPage, string code, out string? error)
    {
        using var document = JsonText.TryParse(body, out error);
        if (document is null)
        {
            return null;
        }

        var root = document.RootElement;
        if (root.ValueKind == JsonValueKind.Array && root.GetArrayLength() >= 1
            && root[0].ValueKind == JsonValueKind.Object && root[0].TryGetProperty("message", out var messages))
        {
            error = "the World Bank API answered with an error: " + Messages(messages);
            return null;
        }

        if (root.ValueKind != JsonValueKind.Array || root.GetArrayLength() != 2 || root[0].ValueKind != JsonValueKind.Object
            || root[1].ValueKind is not (JsonValueKind.Array or JsonValueKind.Null))
        {
            error = "the body is not the World Bank shape [ {page, pages, total, …}, [rows] ]";
            return null;
        }

        var paging = root[0];
        if (JsonText.Int(paging, "page") is not { } page || JsonText.Int(paging, "pages") is not { } pages
            || JsonText.Int(paging, "total") is not { } total)
        {
            error = "the paging object lacks page, pages or total";
            return null;
        }

        // An empty result may report page 0 of 0 pages; it is rejected later for having no rows.
        if (page != expectedPage && total != 0)
        {
            error = $"asked for page {expectedPage}, the API sent page {page}";
            return null;
        }

        var rows = new List<string>();
        if (root[1].ValueKind == JsonValueKind.Array)
        {
            foreach (var row in root[1].EnumerateArray())
            {
                if (row.ValueKind != JsonValueKind.Object)
                {
                    error = $"row {rows.Count + 1} of page {page} is not an object";
                    return null;
                }

                if (row.TryGetProperty("indicator", out var indicator) && indicator.ValueKind == JsonValueKind.Object
                    && JsonText.String(indicator, "id") is { } id && !string.Equals(id, code, StringComparison.OrdinalIgnoreCase))
                {
                    error = $"row {rows.Count + 1} of page {page} is indicator {id}, not {code}";
                    return null;
                }

                rows.Add(row.GetRawText());
            }
        }

        return new WorldBankPage(page, pages, total, JsonText.String(paging, "lastupdated"), paging.GetRawText(), rows);
    }

    /// <summary>Why this page cannot belong to the same result as <paramref name="first"/>, or null.</summary>
    public string? Mismatch(WorldBankPage first)
    {
        ArgumentNullException.ThrowIfNull(first);
        if (Pages != first.Pages || Total != first.Total)
        {
            return $"page {Page} reports {Pages} pages and {Total} rows, page 1 reported {first.Pages} and {first.Total}";
        }

        return LastUpdated != first.LastUpdated
            ? $"the data set was updated while fetching (lastupdated {first.LastUpdated} on page 1, {LastUpdated} on page {Page})"
            : null;
    }

    private static string Messages(JsonElement messages)
    {
        if (messages.ValueKind != JsonValueKind.Array)
        {
            return messages.GetRawText();
        }

        return string.Join("; ", messages.EnumerateArray().Select(m => m.ValueKind == JsonValueKind.Object
            ? $"{JsonText.String(m, "id")} {JsonText.String(m, "key")}: {JsonText.String(m, "value")}"
            : m.GetRawText()));
    }
}
