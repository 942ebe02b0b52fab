using System.Text;
using Gpsi.Data.Fetch;

namespace Gpsi.Data.Tests.Fetch;

/// <summary>
/// The three services on one loopback server, answering from the fixtures: World Bank pages by indicator and page
/// number (an unknown indicator gets the API's real error body with HTTP 200), GHO RS_198 in two pages linked by
/// <c>@odata.nextLink</c>, OWID's homicide CSV; anything else is 404. <see cref="Fault"/> can answer first.
/// </summary>
internal sealed class FakeApis : IDisposable
{
    public const string WorldBankError =
        "[{\"message\":[{\"id\":\"120\",\"key\":\"Invalid value\",\"value\":\"The provided parameter value is not valid\"}]}]";

    public FakeApis() => Server = new LoopbackServer((request, nth) => Fault?.Invoke(request, nth) ?? Route(request));

    /// <summary>Answers instead of the fixtures when it returns a reply: (path and query, nth request of it).</summary>
    public Func<string, int, Reply?>? Fault { get; set; }

    public LoopbackServer Server { get; }

    public FetchEndpoints Endpoints => new(new Uri(Server.BaseUri, "v2"), new Uri(Server.BaseUri, "api"), Server.BaseUri);

    public static string FixturePath(string name) => Path.Combine(AppContext.BaseDirectory, "Fetch", "Fixtures", name);

    public static byte[] Fixture(string name) => File.ReadAllBytes(FixturePath(name));

    public void Dispose() => Server.Dispose();

    private Reply Route(string request)
    {
        const string wb = "/v2/country/all/indicator/";
        if (request.StartsWith(wb, StringComparison.Ordinal))
        {
            var code = request[wb.Length..request.IndexOf('?', StringComparison.Ordinal)];
            var page = request[(request.LastIndexOf("page=", StringComparison.Ordinal) + 5)..];
            var file = FixturePath($"wb-{code}-page{page}.json");
            return File.Exists(file)
                ? new Reply(200, File.ReadAllBytes(file))
                : Reply.Text(200, WorldBankError, "application/json");
        }

        return request switch
        {
            "/api/RS_198" => Gho("gho-RS_198-page1.json"),
            "/api/RS_198?$skip=6" => Gho("gho-RS_198-page2.json"),
            "/grapher/homicide-rate-unodc.csv?v=1&csvType=full&useColumnShortNames=true" =>
                new Reply(200, Fixture("owid-homicide-rate-unodc.csv"), "text/csv"),
            _ => Reply.Text(404, "Not found"),
        };
    }

    private Reply Gho(string name) =>
        new(200, Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(Fixture(name)).Replace("{{host}}", Server.HostAndPort, StringComparison.Ordinal)));
}
