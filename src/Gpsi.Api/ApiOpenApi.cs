using System.Reflection;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace Gpsi.Api;

/// <summary>
/// The API's OpenAPI 3.1 document, generated from the endpoints' metadata and served at <see cref="Path"/>: title,
/// the assembly's version, a description, no <c>servers</c> (so the document is the same wherever it is served: a
/// client resolves paths against the document's own address), and the RFC 9457 problem schema every error uses,
/// with GPSI's <c>field</c>, <c>found</c> and <c>expected</c> members; every operation lists 429.
/// </summary>
/// <remarks>The document is committed as <c>docs/openapi.json</c> and snapshot-tested; refresh it with
/// <c>GPSI_UPDATE_SNAPSHOTS=1 dotnet test tests/Gpsi.Api.Tests --filter OpenApi</c>.</remarks>
internal static class ApiOpenApi
{
    /// <summary>Where the document is served.</summary>
    public const string Path = "/api/openapi.json";

    public const string Title = "GPSI open data API";

    public const string ProblemSchema = "ProblemDetails";

    private const string Description =
        "Read-only open data of the Global Public Security Index (GPSI): the published editions, rankings, country "
        + "profiles, the index framework, indicator series, methodology and downloadable files. Every JSON answer "
        + "carries a strong ETag (send it back in If-None-Match for a 304); every error is an RFC 9457 problem "
        + "(application/problem+json) naming the request field, what was found and what was expected. Clients are "
        + "rate limited per IP address (429 with Retry-After). Licence: the data's own licences, listed per source.";

    /// <summary>The version written in the document: the assembly's informational version without build metadata.</summary>
    public static string Version
    {
        get
        {
            var assembly = typeof(ApiOpenApi).Assembly;
            var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
            var version = informational ?? assembly.GetName().Version?.ToString() ?? "0.0.0";
            var plus = version.IndexOf('+', StringComparison.Ordinal);
            return plus < 0 ? version : version[..plus];
        }
    }

    public static IServiceCollection AddGpsiOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options =>
        {
            options.OpenApiVersion = OpenApiSpecVersion.OpenApi3_1;
            options.AddDocumentTransformer((document, _, _) =>
            {
                Describe(document);
                return Task.CompletedTask;
            });
        });

    private static void Describe(OpenApiDocument document)
    {
        document.Info = new OpenApiInfo { Title = Title, Version = Version, Description = Description };
        document.Servers = [];
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
        document.Components.Schemas[ProblemSchema] = Problem();
        foreach (var path in document.Paths.Values)
        {
            foreach (var operation in path.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>())
            {
                operation.Responses ??= [];
                operation.Responses["429"] = new OpenApiResponse
                {
                    Description = "Too many requests from this IP address: wait the Retry-After seconds.",
                    Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
                    {
                        ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference(ProblemSchema, document) },
                    },
                };
            }
        }
    }

    private static OpenApiSchema Problem() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "An RFC 9457 problem; GPSI adds the request field at fault, what was found and what was expected.",
        Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
        {
            ["type"] = Text("A URI reference identifying the problem type."),
            ["title"] = Text("A short summary of the problem type."),
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Description = "The HTTP status code." },
            ["detail"] = Text("What went wrong with this request, in words."),
            ["instance"] = Text("A URI reference identifying this occurrence."),
            ["traceId"] = Text("The server's trace identifier of the request."),
            ["field"] = Text("The path or query parameter at fault (e.g. year, iso3, node)."),
            ["found"] = Text("The value the request gave."),
            ["expected"] = Text("What the field accepts (e.g. a four-digit year such as 2020, or the accepted values)."),
        },
    };

    private static OpenApiSchema Text(string description) =>
        new() { Type = JsonSchemaType.String | JsonSchemaType.Null, Description = description };
}
