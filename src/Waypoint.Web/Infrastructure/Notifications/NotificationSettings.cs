using Waypoint.Data;
using Waypoint.Data.Appointments;
using Waypoint.Data.Outbox;
using Waypoint.Domain.Enforcement;

namespace Waypoint.Web.Infrastructure.Notifications;

/// <summary>
/// How messages leave Waypoint. "Local" (the default for development and the demo) writes each SMS and email to a
/// folder and marks it delivered; "Notify" sends SMS and email through GOV.UK Notify with the API key and template ids
/// configured (never in the repository). Letters are always printed locally as PDF for posting.
/// </summary>
public sealed record NotificationSettings(
    string Sender,
    string Folder,
    string PublicBaseUrl,
    string? NotifyBaseUrl,
    string? NotifyApiKey,
    string? NotifySmsTemplateId,
    string? NotifyEmailTemplateId,
    string? CallbackBearerToken,
    TimeSpan PollInterval)
{
    public const string LocalSender = "Local";
    public const string NotifySender = "Notify";

    public static NotificationSettings Read(IConfiguration configuration)
    {
        var dataDirectory = configuration["Database:DataDirectory"] ?? DatabaseSetup.DefaultDataDirectory();
        var sender = configuration["Notifications:Sender"] ?? LocalSender;
        var settings = new NotificationSettings(
            sender,
            configuration["Notifications:Folder"] ?? Path.Combine(dataDirectory, "outbox"),
            configuration["Notifications:PublicBaseUrl"] ?? "http://localhost:5000",
            configuration["Notifications:Notify:BaseUrl"],
            configuration["Notifications:Notify:ApiKey"],
            configuration["Notifications:Notify:SmsTemplateId"],
            configuration["Notifications:Notify:EmailTemplateId"],
            configuration["Notifications:CallbackBearerToken"],
            TimeSpan.FromSeconds(configuration.GetValue("Notifications:PollSeconds", 5.0)));
        if (sender == NotifySender && (string.IsNullOrEmpty(settings.NotifyApiKey) || string.IsNullOrEmpty(settings.NotifySmsTemplateId) || string.IsNullOrEmpty(settings.NotifyEmailTemplateId)))
        {
            throw new InvalidOperationException("Notifications:Sender is Notify, so Notifications:Notify:ApiKey, SmsTemplateId and EmailTemplateId must be set (for example as environment variables).");
        }

        if (sender is not (LocalSender or NotifySender))
        {
            throw new InvalidOperationException($"Notifications:Sender must be {LocalSender} or {NotifySender}, not '{sender}'.");
        }

        return settings;
    }

    public static void Register(IServiceCollection services, IConfiguration configuration)
    {
        var settings = Read(configuration);
        services.AddSingleton(settings);
        services.AddSingleton(ReadPolicy(configuration));
        services.AddSingleton(ReadReminders(configuration));
        services.AddSingleton(new OutboxOptions
        {
            BatchSize = configuration.GetValue("Notifications:BatchSize", 50),
            MaxAttempts = configuration.GetValue("Notifications:MaxAttempts", 8),
            Lease = TimeSpan.FromSeconds(configuration.GetValue("Notifications:LeaseSeconds", 120.0)),
        });
        services.AddSingleton<IMessageSender, LetterPrinter>();
        if (settings.Sender == NotifySender)
        {
            services.AddSingleton<IMessageSender, GovukNotifySender>();
        }
        else
        {
            services.AddSingleton<IMessageSender, LocalFolderSender>();
        }

        services.AddSingleton<OutboxDispatcher>();
        services.AddScoped(sp => new AppointmentService(
            sp.GetRequiredService<WaypointDbContext>(), sp.GetRequiredService<TimeProvider>(), settings.PublicBaseUrl,
            sp.GetRequiredService<ReminderPolicy>(), sp.GetRequiredService<EnforcementPolicy>()));
        services.AddScoped(sp => new Waypoint.Data.Enforcement.EnforcementService(
            sp.GetRequiredService<WaypointDbContext>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<EnforcementPolicy>()));
        if (configuration.GetValue("Notifications:RunWorker", true))
        {
            services.AddHostedService<OutboxWorker>();
        }
    }

    private static EnforcementPolicy ReadPolicy(IConfiguration configuration)
    {
        var section = configuration.GetSection("Enforcement");
        var d = EnforcementPolicy.Default;
        var policy = new EnforcementPolicy(
            section.GetValue("WarningsBeforeBreach", d.WarningsBeforeBreach),
            section.GetValue("WarningValidMonths", d.WarningValidMonths),
            section.GetValue("BreachStartWorkingDays", d.BreachStartWorkingDays),
            section.GetValue("EvidenceWindowWorkingDays", d.EvidenceWindowWorkingDays),
            section.GetValue("WarningResponseWorkingDays", d.WarningResponseWorkingDays),
            section.GetValue("CountersignBreach", d.CountersignBreach),
            section.GetValue("CountersignRecall", d.CountersignRecall),
            section.GetValue("CountersignNoBreachAfterFurtherFailure", d.CountersignNoBreachAfterFurtherFailure),
            section.GetValue("CountersignNoRecall", d.CountersignNoRecall));
        if (policy.Problems() is { Count: > 0 } problems)
        {
            throw new InvalidOperationException("Enforcement settings are not valid: " + string.Join(" ", problems));
        }

        return policy;
    }

    private static ReminderPolicy ReadReminders(IConfiguration configuration)
    {
        var d = ReminderPolicy.Default;
        return new ReminderPolicy(
            configuration.GetValue("Notifications:Reminders:DaysBefore", d.DaysBefore),
            TimeOnly.Parse(configuration["Notifications:Reminders:DaysBeforeAt"] ?? "10:00", System.Globalization.CultureInfo.InvariantCulture),
            TimeOnly.Parse(configuration["Notifications:Reminders:MorningOfAt"] ?? "08:00", System.Globalization.CultureInfo.InvariantCulture));
    }
}
