namespace Gpsi.Data.Fetch;

/// <summary>The end of a request after its retries: the body of a 2xx response, or why there is none.</summary>
/// <param name="Body">The body when the last attempt succeeded; else null.</param>
/// <param name="Error">Why it failed, naming the URL; null on success.</param>
/// <param name="Attempts">Requests sent, the first one included.</param>
internal sealed record HttpResult(byte[]? Body, string? Error, int Attempts);
