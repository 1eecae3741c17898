using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Waypoint.Web.Infrastructure.Security;

namespace Waypoint.Web.Tests;

/// <summary>Who the audit trail names: the signed-in user, "anonymous" for a request without one, "system" for background work.</summary>
public class CurrentUserTests
{
    [Fact]
    public void Background_work_is_recorded_as_the_system_and_an_unsigned_request_as_anonymous()
    {
        new CurrentUser(new HttpContextAccessor()).Name.ShouldBe("system");
        new CurrentUser(new HttpContextAccessor { HttpContext = new DefaultHttpContext() }).Name.ShouldBe("anonymous");
        var signedIn = new DefaultHttpContext { User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "po@justice.example")], "test")) };
        new CurrentUser(new HttpContextAccessor { HttpContext = signedIn }).Name.ShouldBe("po@justice.example");
    }
}
