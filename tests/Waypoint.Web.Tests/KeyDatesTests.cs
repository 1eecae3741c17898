using System.Net;
using Microsoft.EntityFrameworkCore;
using Waypoint.Data;
using Waypoint.Data.Entities;
using Waypoint.Domain.Sentencing;
using Waypoint.TestData;

namespace Waypoint.Web.Tests;

[Collection(AppsCollection.Name)]
public class KeyDatesTests(AppsFixture apps)
{
    private async Task<(WaypointApp App, HttpClient Client, Person Person, Sentence Sentence)> ArrangeAsync(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var team = await app.Data.CreateTeamAsync();
        var (me, email) = await app.Data.CreateStaffAsync(team);
        var person = await app.Data.CreatePersonOnProbationAsync(me, sentenceType: SentenceType.CustodyWithLicence);
        await using var db = app.Database.CreateContext();
        var sentence = await db.Sentences.AsNoTracking().SingleAsync(s => s.Event.PersonId == person.Id);
        return (app, await app.SignInAsync(email), person, sentence);
    }

    private static Dictionary<string, string> Form(Sentence s, DateOnly release, string reason) => new()
    {
        ["Dates[ReleaseDate].Day"] = release.Day.ToString(), ["Dates[ReleaseDate].Month"] = release.Month.ToString(), ["Dates[ReleaseDate].Year"] = release.Year.ToString(),
        ["Dates[LicenceExpiryDate].Day"] = s.LicenceExpiryDate!.Value.Day.ToString(), ["Dates[LicenceExpiryDate].Month"] = s.LicenceExpiryDate.Value.Month.ToString(), ["Dates[LicenceExpiryDate].Year"] = s.LicenceExpiryDate.Value.Year.ToString(),
        ["Dates[SentenceExpiryDate].Day"] = s.SentenceExpiryDate!.Value.Day.ToString(), ["Dates[SentenceExpiryDate].Month"] = s.SentenceExpiryDate.Value.Month.ToString(), ["Dates[SentenceExpiryDate].Year"] = s.SentenceExpiryDate.Value.Year.ToString(),
        ["Dates[PostSentenceSupervisionEndDate].Day"] = s.PostSentenceSupervisionEndDate!.Value.Day.ToString(), ["Dates[PostSentenceSupervisionEndDate].Month"] = s.PostSentenceSupervisionEndDate.Value.Month.ToString(), ["Dates[PostSentenceSupervisionEndDate].Year"] = s.PostSentenceSupervisionEndDate.Value.Year.ToString(),
        ["Dates[ExpectedEndDate].Day"] = s.ExpectedEndDate!.Value.Day.ToString(), ["Dates[ExpectedEndDate].Month"] = s.ExpectedEndDate.Value.Month.ToString(), ["Dates[ExpectedEndDate].Year"] = s.ExpectedEndDate.Value.Year.ToString(),
        ["Reason"] = reason, ["Version"] = s.Version.ToString(),
    };

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_key_date_is_changed_with_its_reason_kept_and_shown(DatabaseProvider provider)
    {
        var (app, client, person, sentence) = await ArrangeAsync(provider);
        var url = $"/cases/{person.Crn}/sentence/{sentence.Id}/key-dates";
        var newRelease = sentence.ReleaseDate!.Value.AddDays(3);
        var response = await WaypointApp.PostFormAsync(client, url, Form(sentence, newRelease, "Prison recalculated after remand time was corrected"));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        await using var db = app.Database.CreateContext();
        (await db.Sentences.AsNoTracking().SingleAsync(s => s.Id == sentence.Id)).ReleaseDate.ShouldBe(newRelease);
        var change = await db.KeyDateChanges.SingleAsync(c => c.SentenceId == sentence.Id);
        change.KeyDate.ShouldBe("ReleaseDate");
        change.Before.ShouldBe(sentence.ReleaseDate);
        change.After.ShouldBe(newRelease);
        (await client.GetStringAsync($"/cases/{person.Crn}/sentence")).ShouldContain("Prison recalculated after remand time was corrected");

        var stale = await WaypointApp.PostFormAsync(client, url, Form(sentence, newRelease.AddDays(1), "Second try with an old form"));
        (await stale.Content.ReadAsStringAsync()).ShouldContain("Someone else changed this sentence");
    }

    [Theory]
    [InlineData(0, "", "Enter the reason for the change")]
    [InlineData(-4000, "Typo", "must be on or after the sentence date")]
    [InlineData(0, "Nothing changed", "Change at least one date")]
    public async Task Bad_changes_are_explained_and_nothing_is_saved(int shiftDays, string reason, string message)
    {
        var (app, client, person, sentence) = await ArrangeAsync(DatabaseProvider.Sqlite);
        var release = sentence.ReleaseDate!.Value.AddDays(shiftDays == 0 && reason.Length == 0 ? 1 : shiftDays);
        var response = await WaypointApp.PostFormAsync(client, $"/cases/{person.Crn}/sentence/{sentence.Id}/key-dates", Form(sentence, release, reason));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain(message);
        await using var db = app.Database.CreateContext();
        (await db.KeyDateChanges.CountAsync(c => c.SentenceId == sentence.Id)).ShouldBe(0);
    }

    [Fact]
    public async Task Another_persons_sentence_id_is_not_found()
    {
        var (app, client, person, _) = await ArrangeAsync(DatabaseProvider.Sqlite);
        var other = await app.Data.CreatePersonOnProbationAsync();
        await using var db = app.Database.CreateContext();
        var otherSentence = await db.Sentences.AsNoTracking().SingleAsync(s => s.Event.PersonId == other.Id);
        (await client.GetAsync($"/cases/{person.Crn}/sentence/{otherSentence.Id}/key-dates")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
