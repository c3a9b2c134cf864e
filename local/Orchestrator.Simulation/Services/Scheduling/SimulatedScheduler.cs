using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Orchestrator.Simulation.Models;
using Orchestrator.Simulation.Services.EventBridge;
using Orchestrator.States.Timing;

namespace Orchestrator.Simulation.Services.Scheduling;

/// <summary>
/// Simulated Amazon EventBridge Scheduler: CreateSchedule, GetSchedule, UpdateSchedule,
/// DeleteSchedule, ListSchedules; schedules fire on the virtual clock and invoke their target through
/// the shared <see cref="EventTargetRegistry"/>.
/// </summary>
/// <remarks>
/// <para>Rate, cron and one-time <c>at</c> expressions in ScheduleExpressionTimezone (UTC by
/// default), bounded by StartDate and EndDate. FlexibleTimeWindow OFF fires on time; FLEXIBLE delays
/// each firing by a seeded uniform draw within MaximumWindowInMinutes. The target receives
/// Target.Input (or <c>{}</c> when absent — an assumption), with the context attributes
/// <c>&lt;aws.scheduler.schedule-arn&gt;</c>, <c>&lt;aws.scheduler.scheduled-time&gt;</c>,
/// <c>&lt;aws.scheduler.execution-id&gt;</c> and <c>&lt;aws.scheduler.attempt-number&gt;</c> replaced
/// ("Adding context attributes to your target", Scheduler user guide). A one-time schedule with
/// ActionAfterCompletion DELETE is deleted after it fires. Retries and dead-letter queues are not
/// modelled; a failed delivery is recorded in <see cref="Deliveries"/>.</para>
/// </remarks>
public sealed partial class SimulatedScheduler : ISimulatedService
{
    private readonly Scheduler _clock;
    private readonly SeededRandom _random;
    private readonly EventTargetRegistry _targets;
    private readonly SchedulerOptions _options;
    private readonly Dictionary<string, ScheduleEntry> _schedules = new(StringComparer.Ordinal);
    private readonly List<EventDelivery> _deliveries = [];

    /// <summary>Creates a scheduler with no schedules.</summary>
    public SimulatedScheduler(Scheduler clock, SeededRandom random, EventTargetRegistry targets, SchedulerOptions? options = null)
    {
        _clock = clock;
        _random = random;
        _targets = targets;
        _options = options ?? new SchedulerOptions();
    }

    /// <inheritdoc/>
    public string ServiceName => "scheduler";

    /// <summary>Every target invocation attempted so far.</summary>
    public IReadOnlyList<EventDelivery> Deliveries => _deliveries;

    /// <inheritdoc/>
    public JsonNode Invoke(string operation, JsonObject request) =>
        ServiceRequests.Answer(ServiceName, operation, request, _random, "ValidationException", name => name switch
        {
            "CreateSchedule" => Put(request, create: true),
            "UpdateSchedule" => Put(request, create: false),
            "GetSchedule" => Describe(Find(request)),
            "DeleteSchedule" => Delete(request),
            "ListSchedules" => new JsonObject { ["Schedules"] = new JsonArray([.. _schedules.Values.OrderBy(s => s.Arn, StringComparer.Ordinal).Select(Summary)]) },
            _ => throw Error("ValidationException", $"The simulated EventBridge Scheduler does not implement {name}."),
        });

    private static AwsServiceException Error(string code, string message) => new("scheduler", code, 400, message);

    private static DateTimeOffset? Time(JsonNode? node) => node switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => DateTimeOffset.FromUnixTimeMilliseconds((long)(v.GetValue<double>() * 1000)),
        JsonValue v => DateTimeOffset.Parse(v.GetValue<string>(), CultureInfo.InvariantCulture),
        _ => null,
    };

    private ScheduleEntry Find(JsonObject request)
    {
        var key = Key(request);
        return _schedules.GetValueOrDefault(key)
            ?? throw Error("ResourceNotFoundException", $"Schedule {request["Name"]} does not exist.");
    }

    private static string Key(JsonObject request) => $"{request["GroupName"]?.GetValue<string>() ?? "default"}/{request["Name"]!.GetValue<string>()}";
}
