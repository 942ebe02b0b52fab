namespace Gpsi.Data.Tests.Fetch;

/// <summary>What the loopback server answers to one request.</summary>
internal sealed record Reply(int Status, byte[] Body, string ContentType = "application/json")
{
    public TimeSpan Delay { get; init; }

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public static Reply Text(int status, string body, string contentType = "text/plain") =>
        new(status, System.Text.Encoding.UTF8.GetBytes(body), contentType);
}
