using Gpsi.Api.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gpsi.Api;

/// <summary>
/// Serves the public dashboard (the npm project in <c>web/</c>, built by this project's MSBuild target into
/// <c>wwwroot/</c> beside the assembly): <c>GET /</c> → <c>index.html</c> with <c>Cache-Control: no-cache</c> and a
/// strict Content-Security-Policy, <c>GET /assets/{file}</c> → a content-hashed asset cached for a year
/// (<c>immutable</c>). Both send the build's precompressed <c>.br</c>/<c>.gz</c> copy when the client accepts it.
/// </summary>
/// <remarks>
/// The files are read once at start-up into memory (the whole dashboard is a few hundred kilobytes). When the folder
/// has no <c>index.html</c> (built with <c>-p:GpsiSkipWeb=true</c>, or without npm) nothing is mapped and a warning
/// is logged; the API keeps working.
/// </remarks>
public static partial class DashboardEndpoints
{
    /// <summary>The folder the build copies the dashboard into: <c>wwwroot</c> beside the application's assemblies.</summary>
    public static string DefaultRoot => Path.Combine(AppContext.BaseDirectory, "wwwroot");

    /// <summary>Maps <c>/</c> and <c>/assets/{file}</c> over the dashboard in <paramref name="root"/> (default
    /// <see cref="DefaultRoot"/>).</summary>
    public static WebApplication MapDashboard(this WebApplication app, string? root = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        var files = DashboardFiles.Load(root ?? DefaultRoot);
        if (files is null)
        {
            LogNoDashboard(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DashboardEndpoints)),
                root ?? DefaultRoot);
            return app;
        }

        app.MapGet("/", (HttpContext context) => DashboardResponder.Send(context, files, "index.html"))
            .ExcludeFromDescription();
        app.MapGet("/index.html", (HttpContext context) => DashboardResponder.Send(context, files, "index.html"))
            .ExcludeFromDescription();
        app.MapGet("/assets/{file}", (string file, HttpContext context) =>
                DashboardResponder.Send(context, files, "assets/" + file))
            .ExcludeFromDescription();
        return app;
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "No dashboard in {Root}: build web/ (npm ci && npm run build) to serve it at /")]
    private static partial void LogNoDashboard(ILogger logger, string root);
}
