using System.Net;
using System.Text.RegularExpressions;
using Waypoint.Data;
using Waypoint.TestData;

namespace Waypoint.Web.Tests;

/// <summary>Styles are linked by content hash and kept for a year, and sent compressed; HTML pages are never compressed.</summary>
[Collection(AppsCollection.Name)]
public class StaticAssetsTests(AppsFixture apps)
{
    [Fact]
    public async Task Versioned_styles_are_cached_for_a_year_and_compressed_but_pages_are_not_compressed()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("Accept-Encoding", "br, gzip");
        var page = await client.GetAsync("/sign-in");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Content.Headers.ContentEncoding.ShouldBeEmpty(); // carries an anti-forgery token: not compressed (BREACH)
        var html = await page.Content.ReadAsStringAsync();
        var href = Regex.Match(html, "href=\"(/lib/govuk-frontend\\.min\\.css\\?v=[^\"]+)\"").Groups[1].Value;
        href.ShouldNotBeEmpty("the stylesheet is linked with its content hash");

        var css = await client.GetAsync(href);
        css.StatusCode.ShouldBe(HttpStatusCode.OK);
        css.Headers.CacheControl!.ToString().ShouldContain("max-age=31536000");
        css.Headers.CacheControl.ToString().ShouldContain("immutable");
        css.Content.Headers.ContentEncoding.ShouldBe(["br"]);
        (await css.Content.ReadAsByteArrayAsync()).Length.ShouldBeLessThan(136_350 / 3); // 136 KB of CSS compresses well

        var unversioned = await client.GetAsync("/js/init.mjs");
        unversioned.Headers.CacheControl!.ToString().ShouldBe("public, max-age=86400");
    }
}
