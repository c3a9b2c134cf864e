using System.Text.Json.Nodes;
using Orchestrator.Simulation.Services;
using Orchestrator.Simulation.Services.EventBridge;
using Orchestrator.Simulation.Services.Scheduling;
using Orchestrator.States.Timing;

namespace Orchestrator.Simulation.Tests.Scheduling;

/// <summary>
/// EventBridge Scheduler on the virtual clock; expectations from the Scheduler API reference
/// (CreateSchedule: required FlexibleTimeWindow, Name, ScheduleExpression, Target {Arn, RoleArn};
/// ConflictException; ResourceNotFoundException) and user guide ("Schedule types", "Configuring
/// flexible time windows", "Adding context attributes to your target").
/// </summary>
public sealed class SimulatedSchedulerTests
{
    private const string MachineArn = "arn:aws:states:us-east-1:123456789012:stateMachine:backfill";
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 12, 0, 0, TimeSpan.Zero);
    private readonly Scheduler _clock = new(Start);
    private readonly List<(DateTimeOffset At, EventTargetInvocation Invocation)> _received = [];
    private readonly SimulatedScheduler _scheduler;

    public SimulatedSchedulerTests()
    {
        var targets = new EventTargetRegistry();
        targets.Register(MachineArn, i => _received.Add((_clock.Now, i)));
        _scheduler = new SimulatedScheduler(_clock, new SeededRandom(5), targets, new SchedulerOptions(StopSchedulesAt: Start.AddHours(1)));
    }

    private JsonNode Create(string name, string expression, string extra = "", string window = """{"Mode":"OFF"}""") =>
        _scheduler.Invoke("CreateSchedule", JsonNode.Parse($$$"""
            {"Name":"{{{name}}}","ScheduleExpression":"{{{expression}}}","FlexibleTimeWindow":{{{window}}},
             "Target":{"Arn":"{{{MachineArn}}}","RoleArn":"arn:aws:iam::123456789012:role/scheduler","Input":"{\"schedule\":\"<aws.scheduler.schedule-arn>\",\"at\":\"<aws.scheduler.scheduled-time>\"}"}{{{extra}}}}
            """)!.AsObject());

    [Fact]
    public void CreateSchedule_Cron_FiresOnTimeUntilHorizon()
    {
        var arn = Create("sweep", "cron(0/15 * * * ? *)")["ScheduleArn"]!.GetValue<string>();
        Assert.Equal("arn:aws:scheduler:us-east-1:123456789012:schedule/default/sweep", arn);
        _clock.Run();
        // 12:15, 12:30, 12:45 (13:00 is at the horizon).
        Assert.Equal([Start.AddMinutes(15), Start.AddMinutes(30), Start.AddMinutes(45)], _received.Select(r => r.At).ToArray());
        var input = JsonNode.Parse(_received[0].Invocation.Input)!;
        Assert.Equal(arn, input["schedule"]!.GetValue<string>());
        Assert.Equal("2026-01-05T12:15:00Z", input["at"]!.GetValue<string>());
    }

    [Fact]
    public void CreateSchedule_AtWithDelete_FiresOnceAndIsDeleted()
    {
        Create("once", "at(2026-01-05T12:10:00)", ""","ActionAfterCompletion":"DELETE" """);
        _clock.Run();
        Assert.Equal(Start.AddMinutes(10), Assert.Single(_received).At);
        var error = Assert.Throws<AwsServiceException>(() => _scheduler.Invoke("GetSchedule", new JsonObject { ["Name"] = "once" }));
        Assert.Equal("ResourceNotFoundException", error.Code);
    }

    // API reference, CreateSchedule StartDate/EndDate: "EventBridge Scheduler ignores StartDate for one-time schedules"; recurring ones start on or after it and stop by EndDate.
    [Fact]
    public void CreateSchedule_StartAndEndDates_BoundRecurringIgnoredForAt()
    {
        Create("window", "cron(0/10 * * * ? *)", ""","StartDate":"2026-01-05T12:20:00Z","EndDate":"2026-01-05T12:40:00Z" """);
        Create("once", "at(2026-01-05T12:05:00)", ""","StartDate":"2026-01-05T12:30:00Z","EndDate":"2026-01-05T12:01:00Z" """);
        _clock.Run();
        Assert.Equal([Start.AddMinutes(5), Start.AddMinutes(20), Start.AddMinutes(30), Start.AddMinutes(40)], _received.Select(r => r.At).ToArray());
    }

    [Fact]
    public void CreateSchedule_Flexible_WithinWindow()
    {
        Create("flex", "at(2026-01-05T12:10:00)", window: """{"Mode":"FLEXIBLE","MaximumWindowInMinutes":5}""");
        _clock.Run();
        Assert.InRange(Assert.Single(_received).At, Start.AddMinutes(10), Start.AddMinutes(15));
    }

    [Fact]
    public void CreateSchedule_Disabled_NeverFires()
    {
        Create("off", "rate(5 minutes)", ""","State":"DISABLED" """);
        _clock.Run();
        Assert.Empty(_received);
        Assert.Equal("DISABLED", _scheduler.Invoke("GetSchedule", new JsonObject { ["Name"] = "off" })["State"]!.GetValue<string>());
    }

    [Fact]
    public void CreateSchedule_Twice_Conflict()
    {
        Create("a", "rate(5 minutes)");
        Assert.Equal("ConflictException", Assert.Throws<AwsServiceException>(() => Create("a", "rate(5 minutes)")).Code);
    }

    [Fact]
    public void CreateSchedule_BadExpression_ValidationNamesField()
    {
        var error = Assert.Throws<AwsServiceException>(() => Create("bad", "cron(0 18 * * MON-FRI *)"));
        Assert.Equal("ValidationException", error.Code);
        Assert.Contains("Day-of-week", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateSchedule_MissingTarget_ValidationFromModel() =>
        Assert.Equal("ValidationException", Assert.Throws<AwsServiceException>(() => _scheduler.Invoke("CreateSchedule",
            JsonNode.Parse("""{"Name":"x","ScheduleExpression":"rate(1 hour)","FlexibleTimeWindow":{"Mode":"OFF"}}""")!.AsObject())).Code);

    [Fact]
    public void DeleteSchedule_StopsFiring()
    {
        Create("sweep", "rate(10 minutes)");
        _clock.Run(Start.AddMinutes(25));
        _scheduler.Invoke("DeleteSchedule", new JsonObject { ["Name"] = "sweep" });
        _clock.Run();
        Assert.Equal(2, _received.Count);
    }

    [Fact]
    public void RecurringTimer_NoHorizon_RunsOnlyToGivenEnd()
    {
        var clock = new Scheduler(Start);
        var fired = 0;
        var timer = new RecurringTimer(clock, ScheduleExpression.Parse("rate(1 minute)"), Start, _ => fired++);
        clock.Run(Start.AddMinutes(10).AddSeconds(1));
        Assert.Equal(10, fired);
        Assert.Equal(Start.AddMinutes(11), timer.NextFiring);
        timer.Stop();
        clock.Run();
        Assert.Equal(10, fired);
    }
}
