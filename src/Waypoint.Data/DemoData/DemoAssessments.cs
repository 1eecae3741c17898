using Waypoint.Data.Entities;
using Waypoint.Data.Risk;
using Waypoint.Domain.Assessments;
using Waypoint.Domain.Organisation;
using Waypoint.Domain.Predictors.V4;
using Waypoint.Domain.Sentencing;
using Waypoint.Domain.Tiering;

namespace Waypoint.Data.DemoData;

/// <summary>
/// Demo assessments: most allocated people have a completed risk and needs assessment (answers drawn to fit their
/// history), scored by the real predictors, with a sentence plan and the tier it gives; some have a review in draft,
/// and recent high-RoSH assessments by PSOs and trainees wait for countersignature.
/// </summary>
public sealed partial class DemoDataGenerator
{
    private static readonly string[] ObjectiveAreas = ["accommodation", "employability", "drugs", "alcohol", "thinking", "relationships"];

    private void AddAssessmentAndTier(Person person, List<StaffMember> staff)
    {
        var now = today.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc);
        CompletedAssessmentFacts? completed = null;
        if (person.ResponsibleStaffMember is { } assessor && faker.Random.Double() < 0.85)
        {
            var completedOn = today.AddDays(-faker.Random.Int(1, 150));
            var answers = DemoAnswers(person);
            var record = CaseRiskReader.FromRecord(person, null, today).Record;
            var input = AssessmentRules.ToV4Input(record, answers, completedOn);
            var results = V4Calculator.Calculate(input, completedOn);
            var rosh = AssessmentRules.OverallRosh(answers);
            var countersign = AssessmentRules.NeedsCountersignature(assessor.Grade, rosh);
            var awaiting = countersign && completedOn > today.AddDays(-10);
            var spo = staff.FirstOrDefault(s => s.Team == assessor.Team && s.Grade == Grade.Spo);
            var completedAt = completedOn.ToDateTime(new TimeOnly(faker.Random.Int(9, 16), faker.Random.Int(0, 59)), DateTimeKind.Utc);
            var assessment = new Assessment
            {
                Status = awaiting ? AssessmentStatus.AwaitingCountersignature : AssessmentStatus.Completed,
                Reason = faker.Random.Double() < 0.6 ? AssessmentReason.Initial : AssessmentReason.Review,
                StartedAt = completedAt.AddDays(-faker.Random.Int(1, 10)),
                StartedBy = assessor,
                AnswersJson = answers.ToJson(),
                CompletedAt = completedAt,
                CompletedBy = assessor,
                CompletedByGrade = assessor.Grade,
                OverallRosh = rosh,
                CountersignRequired = countersign,
                CountersignedAt = countersign && !awaiting ? completedAt.AddDays(faker.Random.Int(1, 5)) : null,
                CountersignedBy = countersign && !awaiting ? spo : null,
                PredictorsJson = AssessmentWorkflow.SerialiseInput(input),
                ArpScore = results.Arp.Score,
                ArpStatic = results.Arp.ScoreType != ScoreType.Dynamic,
                CsrpScore = results.Csrp.Score,
                CsrpStatic = results.Csrp.ScoreType != ScoreType.Dynamic,
                DcSrpScore = results.DcSrp.Score,
                DcSrpBand = results.DcSrp.Band,
            };
            foreach (var area in faker.PickRandom(ObjectiveAreas, faker.Random.Int(1, 3)))
            {
                assessment.Objectives.Add(DemoObjective(person, area, completedOn));
            }

            person.Assessments.Add(assessment);
            person.CurrentRosh = rosh;
            person.AssessmentReviewDueOn = AssessmentRules.ReviewDue(completedOn);
            person.AssessmentReviewReason = "16-week review";
            completed = new CompletedAssessmentFacts(completedOn, answers, assessment.ArpScore, assessment.ArpStatic ?? true, assessment.CsrpScore,
                assessment.CsrpStatic ?? true, assessment.DcSrpScore, assessment.DcSrpBand);

            if (!awaiting && faker.Random.Double() < 0.06)
            {
                // A review under way: the earlier answers copied, some sections still to revisit.
                var draft = answers.Copy();
                foreach (var section in faker.PickRandom(Questionnaire.Sections, 3))
                {
                    foreach (var question in section.Questions)
                    {
                        draft.Set(question.Key, null);
                    }

                    draft.Set(section.AnalysisKey, null);
                }

                person.Assessments.Add(new Assessment
                {
                    Status = AssessmentStatus.Draft,
                    Reason = AssessmentReason.Review,
                    StartedAt = now.AddDays(-faker.Random.Int(0, 5)),
                    StartedBy = assessor,
                    AnswersJson = draft.ToJson(),
                });
            }
        }

        var tier = CaseTiering.Calculate(CaseRiskReader.FromRecord(person, completed, today));
        var (inputs, steps) = TierRecalculator.Serialise(tier);
        var calculatedAt = completed is null ? now.AddDays(-faker.Random.Int(1, 60)) : completed.CompletedOn.ToDateTime(new TimeOnly(17, 0), DateTimeKind.Utc);
        person.TierCalculations.Add(new TierCalculation
        {
            CalculatedAt = calculatedAt,
            Tier = tier.Current.Tier ?? TierResult.Missing,
            Provisional = tier.Current.Provisional ?? false,
            ProtectChangeTier = tier.ProtectChange.Tier,
            Trigger = completed is null ? "Sentence started" : "Assessment completed",
            InputsJson = inputs,
            StepsJson = steps,
        });
        person.CurrentTier = tier.Current.Tier ?? TierResult.Missing;
        person.TierProvisional = tier.Current.Provisional ?? false;
        person.ProtectChangeTier = tier.ProtectChange.Tier;
        person.TierChangedAt = calculatedAt;
    }

    private T One<T>(IReadOnlyList<T> items) => items[faker.Random.Int(0, items.Count - 1)];

    private AssessmentAnswers DemoAnswers(Person person)
    {
        var answers = new AssessmentAnswers();
        var n = person.TotalSanctions ?? 1;
        var intensity = Math.Clamp((0.25 + (Math.Log(n) / 4.0)) * faker.Random.Double(0.5, 1.3), 0.05, 0.95);
        var mainOffence = person.Events[0].Offences[0].OffenceCode;
        var category = V4OffenceTable.Default.CategoryOf(mainOffence) ?? "OTHER_OFFENCES";
        var violent = category.StartsWith("VIOLENCE", StringComparison.Ordinal) || category is "WEAPONS_NON_FIREARM" or "ACQUISITIVE_VIOLENCE" or "FIREARMS_OTHER";
        var sexual = category.StartsWith("SEXUAL", StringComparison.Ordinal);
        string Problem() => faker.Random.Double() switch
        {
            var r when r < intensity * 0.35 => "SIGNIFICANT_PROBLEMS",
            var r when r < intensity * 0.95 => "SOME_PROBLEMS",
            _ => "NO_PROBLEMS",
        };
        string YesNo(double yes) => faker.Random.Double() < yes ? Questionnaire.Yes : Questionnaire.No;
        foreach (var question in Questionnaire.Sections.SelectMany(s => s.Questions))
        {
            switch (question.Kind)
            {
                case AnswerKind.Problem:
                    answers.Set(question.Key, Problem());
                    break;
                case AnswerKind.YesNo:
                    answers.Set(question.Key, YesNo(intensity * 0.5));
                    break;
                case AnswerKind.Motivation:
                    answers.Set(question.Key, One(Questionnaire.MotivationOptions).Value);
                    break;
                case AnswerKind.Injecting:
                    answers.Set(question.Key, faker.Random.Double() < intensity * 0.15 ? faker.PickRandom("PREVIOUSLY", "CURRENTLY") : "NEVER");
                    break;
                case AnswerKind.RelationshipStatus:
                    answers.Set(question.Key, One(Questionnaire.RelationshipOptions).Value);
                    break;
                case AnswerKind.Fact:
                    answers.Set(question.Key, YesNo(question.Key == "didOffenceInvolveCarryingOrUsingWeapon" ? (violent ? 0.3 : 0.02) : 0.25));
                    break;
            }
        }

        answers.Set("hasEverCommittedSexualOffence", sexual ? Questionnaire.Yes : Questionnaire.No);
        answers.Set("isCurrentOffenceAgainstVictimStranger", sexual ? YesNo(0.3) : Questionnaire.No);
        if (sexual)
        {
            var child = category == "SEXUAL_AGAINST_CHILD";
            answers.Set("totalContactAdultSexualSanctions", (child ? 0 : faker.Random.Int(1, Math.Min(2, n))).ToString(System.Globalization.CultureInfo.InvariantCulture));
            answers.Set("totalContactChildSexualSanctions", (child ? 1 : 0).ToString(System.Globalization.CultureInfo.InvariantCulture));
            answers.Set("totalNonContactSexualOffences", "0");
            answers.Set("totalIndecentImageSanctions", (child && faker.Random.Bool() && n > 1 ? 1 : 0).ToString(System.Globalization.CultureInfo.InvariantCulture));
            answers.Set("dateOfMostRecentSexualOffence", (person.Events[0].Offences[0].OffenceDate ?? person.Events[0].ConvictionDate).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        var violentSanctions = violent ? faker.Random.Int(1, n) : faker.Random.Int(0, Math.Max(0, n / 3));
        answers.Set("totalNumberOfViolentSanctions", violentSanctions.ToString(System.Globalization.CultureInfo.InvariantCulture));
        answers.Set("previousConvictions", faker.Random.Double() < 0.25 ? One(Questionnaire.PreviousConvictionOptions).Value : "", keepEmpty: true);
        answers.Set("drugsUsed", faker.Random.Double() < intensity * 0.6
            ? string.Join(',', faker.PickRandom(Questionnaire.DrugOptions, faker.Random.Int(1, 3)).Select(o => o.Value).Distinct())
            : "", keepEmpty: true);

        // Risk of serious harm: MAPPA cases are at least high; otherwise mostly low or medium.
        var mappa = person.Registrations.Any(r => r.Type == RegistrationType.Mappa);
        var level = mappa ? faker.PickRandom("HIGH", "HIGH", "VERY_HIGH") : faker.Random.Double() switch { < 0.38 => "LOW", < 0.84 => "MEDIUM", < 0.98 => "HIGH", _ => "VERY_HIGH" };
        answers.Set("roshPublic", level);
        answers.Set("roshKnownAdult", person.Registrations.Any(r => r.Type is RegistrationType.DomesticAbusePerpetrator or RegistrationType.RiskToKnownAdult) ? (level == "LOW" ? "MEDIUM" : level) : "LOW");
        answers.Set("roshChildren", person.Registrations.Any(r => r.Type == RegistrationType.ChildProtectionConcerns) ? "MEDIUM" : "LOW");
        answers.Set("roshStaff", person.Registrations.Any(r => r.Type == RegistrationType.RiskToStaff) ? "MEDIUM" : "LOW");
        answers.Set("roshWhoIsAtRisk", faker.PickRandom("Current and future partners.", "Members of the public in the night-time economy.", "Known associates involved in drug supply.", "Staff at the job centre and probation office."));
        answers.Set("roshNatureOfRisk", faker.PickRandom("Physical violence, including use of a weapon.", "Intimidation and threats of violence.", "Emotional and physical abuse within a relationship."));
        answers.Set("roshWhenMostLikely", faker.PickRandom("When drinking heavily at weekends.", "At times of relationship breakdown.", "When in debt to dealers."));
        answers.Set("roshIncreaseFactors", faker.PickRandom("Loss of accommodation; return to drug use; contact with the victim.", "Heavy drinking; unemployment; peer group."));
        answers.Set("roshReduceFactors", faker.PickRandom("Stable housing and work; engagement with treatment.", "Support from family; completing the programme."));
        foreach (var section in Questionnaire.Sections.Where(s => s.Kind == SectionKind.Needs))
        {
            answers.Set(section.AnalysisKey, $"{section.Title}: discussed at supervision. {faker.PickRandom("Links to offending are clear.", "Some link to offending.", "No clear link to offending at present.")}");
        }

        return answers;
    }

    private SentencePlanObjective DemoObjective(Person person, string area, DateOnly completedOn) => new()
    {
        NeedArea = area,
        Person = person,
        Objective = area switch
        {
            "accommodation" => "I want somewhere settled to live where I can have my kids to stay",
            "employability" => "Get a job, ideally driving or on building sites",
            "drugs" => "Stop using and stay stopped",
            "alcohol" => "Cut down my drinking so it doesn't get me into trouble",
            "thinking" => "Keep my temper when things kick off",
            _ => "Sort things out with my family",
        },
        Actions = area switch
        {
            "accommodation" => "Referral to the housing support service; bid on the council list weekly",
            "employability" => "Referral to the employment advisor; CSCS card course",
            "drugs" => "Attend the drug treatment service; weekly testing",
            "alcohol" => "Alcohol treatment requirement sessions; drink diary",
            "thinking" => "Complete the Thinking Skills programme",
            _ => "Family mediation referral",
        },
        WhoDoesWhat = "The person attends; the probation practitioner makes the referral and reviews progress at supervision",
        TargetDate = completedOn.AddMonths(faker.Random.Int(2, 9)),
        Progress = faker.PickRandom(ObjectiveProgress.NotStarted, ObjectiveProgress.InProgress, ObjectiveProgress.InProgress, ObjectiveProgress.Achieved),
        CreatedAt = completedOn.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc),
    };
}
