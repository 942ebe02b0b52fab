using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Gpsi.Api;

/// <summary>
/// Puts the security headers and the rate limiter in front of the whole application pipeline (a startup filter runs
/// before anything the application adds), so they cover static files and any middleware added before
/// <see cref="GpsiApi.MapGpsiApi"/>, in whatever order the host wires them.
/// </summary>
internal sealed class ApiOuterMiddleware(GpsiApiOptions options) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseGpsiSecurityHeaders();
        if (options.RateLimited)
        {
            app.UseRateLimiter();
        }

        next(app);
    };
}
