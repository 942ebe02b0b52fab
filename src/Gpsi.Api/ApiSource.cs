namespace Gpsi.Api;

/// <summary>A catalogue source.</summary>
/// <param name="Id">Its catalogue id.</param>
/// <param name="Title">Title.</param>
/// <param name="Publisher">Publisher.</param>
/// <param name="Url">Where it was taken from.</param>
/// <param name="Licence">Licence or terms of use.</param>
/// <param name="Vintage">Release or retrieval vintage.</param>
/// <param name="File">The file under the data folder.</param>
public sealed record ApiSource(string Id, string Title, string Publisher, string Url, string Licence, string Vintage,
    string File);
