using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Waypoint.Data;
using Waypoint.Data.Auditing;
using Waypoint.Web.Api.V1;
using Waypoint.Web.Infrastructure.Auditing;
using Waypoint.Web.Infrastructure.Cases;
using Waypoint.Web.Infrastructure.Security;
using Waypoint.Web.Infrastructure.Startup;

var builder = WebApplication.CreateBuilder(args);
var (provider, connectionString) = DatabaseStartup.ResolveDatabase(builder.Configuration);
var allowHttpCookies = builder.Environment.IsDevelopment() || builder.Configuration.GetValue("Security:AllowHttpCookies", false);

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton(Waypoint.Data.Risk.TieringConfiguration.Read(builder.Configuration));
builder.Services.AddSingleton(Waypoint.Data.Allocations.AllocationConfiguration.Read(builder.Configuration));
builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<CurrentUser>();
builder.Services.AddScoped<IAuditActor>(sp => sp.GetRequiredService<CurrentUser>());
var threadSafetyChecks = builder.Configuration.GetValue("Database:ThreadSafetyChecks", !builder.Environment.IsProduction());
// Contexts come from a pool (EF Core builds the options and the context's internal services once, not per request);
// each request's context is given that request's user for auditing as it is handed out.
builder.Services.AddPooledDbContextFactory<WaypointDbContext>(options => DatabaseSetup.Configure(options, provider, connectionString, threadSafetyChecks));
builder.Services.AddScoped(sp => sp.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<WaypointDbContext>>().CreateDbContext()
    .ActingAs(sp.GetRequiredService<IAuditActor>()));
builder.Services.AddScoped<AuditLog>();
builder.Services.AddScoped<CaseAccessService>();
builder.Services.AddScoped<RiskFlagReader>();
builder.Services.AddScoped<Waypoint.Data.Appointments.AppointmentReader>();
if (builder.Configuration.GetValue("Tiering:DailyRecalculation", true))
{
    builder.Services.AddHostedService<Waypoint.Web.Infrastructure.Risk.DailyTierRecalculation>();
}

Waypoint.Web.Infrastructure.Notifications.NotificationSettings.Register(builder.Services, builder.Configuration);
if (builder.Configuration.GetValue("Audit:RunSealer", true))
{
    builder.Services.AddHostedService<AuditSealer>();
}

builder.Services.AddIdentity<ApplicationUser, IdentityRole>(options =>
    {
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        options.Lockout.AllowedForNewUsers = true;
        options.Password.RequiredLength = 12;
        options.User.RequireUniqueEmail = true;
    })
    .AddEntityFrameworkStores<WaypointDbContext>()
    .AddClaimsPrincipalFactory<WaypointClaimsFactory>()
    .AddSignInManager<WaypointSignInManager>();
builder.Services.ConfigureApplicationCookie(options =>
{
    options.LoginPath = "/sign-in";
    options.LogoutPath = "/sign-out";
    options.AccessDeniedPath = "/access-denied";
    options.Cookie.Name = "waypoint.session";
    options.Cookie.HttpOnly = true;
    options.Cookie.SameSite = SameSiteMode.Lax;
    options.Cookie.SecurePolicy = allowHttpCookies ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
    options.ExpireTimeSpan = TimeSpan.FromHours(8);
    options.SlidingExpiration = true;
    options.Events.OnRedirectToLogin = context => ApiAwareRedirect(context, StatusCodes.Status401Unauthorized);
    options.Events.OnRedirectToAccessDenied = context => ApiAwareRedirect(context, StatusCodes.Status403Forbidden);
});
builder.Services.AddAuthentication()
    .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null);
builder.Services.AddAuthorization(Policies.Register);
// Every server over the same database shares the keys that protect cookies and anti-forgery tokens, so a sign-in on
// one is accepted by the others and a rolling restart signs nobody out.
builder.Services.AddDataProtection().SetApplicationName("Waypoint").PersistKeysToDbContext<WaypointDbContext>();
builder.Services.AddAntiforgery(options =>
{
    options.Cookie.Name = "waypoint.antiforgery";
    options.Cookie.SecurePolicy = allowHttpCookies ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
});

builder.Services.AddRazorPages(options => PageConventions.Apply(options.Conventions))
    .AddMvcOptions(options =>
    {
        options.Filters.Add<Waypoint.Web.Infrastructure.NoHandlerFilter>();
        options.Filters.Add<Waypoint.Web.Infrastructure.OneConnectionFilter>();
    });
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi("v1", options => options.AddDocumentTransformer((document, _, _) =>
{
    document.Info.Title = "Waypoint API";
    document.Info.Description = "Probation case records. Authenticate with 'Authorization: Bearer <key>'; errors are RFC 9457 problem details.";
    return Task.CompletedTask;
}));
// Compress what is safe to compress: styles, scripts, SVG and the JSON API. HTML pages are left alone because they
// carry anti-forgery tokens beside text a user typed (the BREACH attack needs both in one compressed response).
builder.Services.AddResponseCompression(options =>
{
    options.EnableForHttps = true;
    options.MimeTypes = ["text/css", "text/javascript", "application/javascript", "image/svg+xml", "application/json", "application/problem+json"];
});
builder.Services.AddHealthChecks().AddDbContextCheck<WaypointDbContext>("database", tags: ["ready"]);

var app = builder.Build();

if (builder.Configuration.GetValue("Database:MigrateOnStart", true))
{
    await DatabaseStartup.MigrateAndSeedAsync(app.Services, app.Configuration, app.Logger);
}

// Behind a TLS-terminating proxy the app must know the original scheme, or secure cookies and anti-forgery refuse
// the request. Only trust X-Forwarded-* when told the proxy in front is the only way in.
if (app.Configuration.GetValue("Security:TrustForwardedHeaders", false))
{
    var forwarded = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
    forwarded.KnownIPNetworks.Clear();
    forwarded.KnownProxies.Clear();
    app.UseForwardedHeaders(forwarded);
}

app.UseMiddleware<SecurityHeaders>();
if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
}

app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api =>
{
    api.UseExceptionHandler();
    api.UseStatusCodePages();
});
app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), pages =>
{
    pages.UseExceptionHandler("/error");
    pages.UseStatusCodePagesWithReExecute("/error/{0}");
});

app.UseResponseCompression();
app.UseStaticFiles(new StaticFileOptions
{
    // Styles are linked with a content hash (?v=...), so they can be kept for a year: a new file gets a new address.
    OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = context.Context.Request.Query.ContainsKey("v")
        ? "public, max-age=31536000, immutable"
        : "public, max-age=86400",
});
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();

app.MapRazorPages();
app.MapPeopleApi();
app.MapPredictorsApi();
app.MapWorkloadApi();
app.MapAppointmentsApi();
app.MapOpenApi().AllowAnonymous();
// Liveness: the process answers. Readiness (and /health): it can reach its database, so a load balancer may send it work.
app.MapHealthChecks("/health/live", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
app.MapHealthChecks("/health/ready", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
app.MapHealthChecks("/health").AllowAnonymous();
#if PERF_BASELINE
Waypoint.Web.Infrastructure.Perf.CaseloadBaseline.MapCaseloadBaseline(app, connectionString);
#endif

app.Run();

static Task ApiAwareRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
{
    if (context.Request.Path.StartsWithSegments("/api"))
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }

    context.Response.Redirect(context.RedirectUri);
    return Task.CompletedTask;
}

/// <summary>Exposed so integration tests can host the real application.</summary>
public partial class Program;
