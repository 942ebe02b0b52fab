namespace Gpsi.Data.Fetch;

/// <summary>The online services <c>gpsi fetch</c> can download from; each picks a URL shape and a file format.</summary>
public enum FetchApi
{
    /// <summary>World Bank Indicators API v2, JSON, paginated (<c>[paging, rows]</c> per page).</summary>
    WorldBank,

    /// <summary>WHO Global Health Observatory OData API (<c>{"value": [...]}</c>, possibly with <c>@odata.nextLink</c>).</summary>
    WhoGho,

    /// <summary>Our World in Data grapher chart CSV (<c>Entity,Code,Year,…</c>).</summary>
    Owid,
}
