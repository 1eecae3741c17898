using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Waypoint.Data;
using Waypoint.Data.DemoData;

namespace Waypoint.Web.Infrastructure.Security;

/// <summary>Authenticates API clients by "Authorization: Bearer {key}"; only the key's SHA-256 is stored.</summary>
public sealed class ApiKeyAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, WaypointDbContext db)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string ScopeClaim = "scope";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var key = header["Bearer ".Length..].Trim();
        var prefix = ApiKeys.PrefixOf(key);
        if (prefix is null)
        {
            return AuthenticateResult.Fail("The API key is not in the expected format.");
        }

        var client = await db.ApiClients.AsNoTracking().SingleOrDefaultAsync(c => c.KeyPrefix == prefix && c.IsActive, Context.RequestAborted);
        if (client is null || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(ApiKeys.Hash(key)), Encoding.ASCII.GetBytes(client.KeyHash)))
        {
            return AuthenticateResult.Fail("The API key is not recognised.");
        }

        var claims = new List<Claim> { new(ClaimTypes.Name, $"api:{client.Name}"), new(WaypointClaims.DisplayName, client.Name) };
        claims.AddRange(client.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => new Claim(ScopeClaim, s)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        await Results.Problem(statusCode: 401, title: "Unauthorized", detail: "Send a valid API key as 'Authorization: Bearer <key>'.").ExecuteAsync(Context);
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        await Results.Problem(statusCode: 403, title: "Forbidden", detail: "The API key does not carry the scope this operation needs.").ExecuteAsync(Context);
    }
}
