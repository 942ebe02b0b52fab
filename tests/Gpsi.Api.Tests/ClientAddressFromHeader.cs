using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Gpsi.Api.Tests;

/// <summary>For tests: sets each request's remote IP address from the <see cref="Header"/> header, ahead of the
/// application's own middleware (the in-memory test server has no remote address).</summary>
internal sealed class ClientAddressFromHeader : IStartupFilter
{
    public const string Header = "X-Test-Client-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, following) =>
        {
            if (context.Request.Headers.TryGetValue(Header, out var value) && IPAddress.TryParse(value, out var ip))
            {
                context.Connection.RemoteIpAddress = ip;
            }

            return following(context);
        });
        next(app);
    };
}
