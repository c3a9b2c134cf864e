using Orchestrator.Functions.Hosting;
using Orchestrator.Simulation.Integrations;
using Orchestrator.Simulation.Recording;
using Orchestrator.Simulation.Services.AutoScaling;
using Orchestrator.Simulation.Services.CloudWatch;
using Orchestrator.Simulation.Services.DynamoDb;
using Orchestrator.Simulation.Services.Ec2;
using Orchestrator.Simulation.Services.EventBridge;
using Orchestrator.Simulation.Services.EventBridge.Pipes;
using Orchestrator.Simulation.Services.Ecs;
using Orchestrator.Simulation.Services.Lambda;
using Orchestrator.Simulation.Services.S3;
using Orchestrator.Simulation.Services.Scheduling;
using Orchestrator.Simulation.Services.Sns;
using Orchestrator.Simulation.Services.Sqs;
using Orchestrator.Simulation.Services.StepFunctions;
using Orchestrator.Simulation.Workload;
using Orchestrator.States.Execution;
using Orchestrator.States.Timing;

namespace Orchestrator.Simulation.Account;

/// <summary>
/// One simulated AWS account on one virtual clock: the services, the Step Functions engine and the
/// integrations that connect them, with the project's real Lambda handlers registered.
/// </summary>
/// <remarks>
/// Every service draws from its own fork of the run's seeded random, taken in a fixed order here,
/// so adding draws in one service does not shift another's, and a seed replays the run exactly.
/// </remarks>
public sealed partial class SimulatedAccount
{
    public SimulatedAccount(AccountOptions? options = null)
    {
        Options = options ?? new AccountOptions();
        Scheduler = new Scheduler(Options.Start);
        var random = new SeededRandom(Options.Seed);
        Log = new MessageLog(Options.KeepMessageHistory);
        CloudWatch = new SimulatedCloudWatch(Scheduler, random.Fork());
        Sqs = new SimulatedSqs(Scheduler, random.Fork(), Log, CloudWatch, Options.Sqs);
        S3 = new SimulatedS3(Scheduler, random.Fork());
        Workload = new BatchWorkload(Options.Workload, random.Fork(), Log, ReadObject, WriteObject);
        Tasks = new TaskBehaviors(Workload);
        Ecs = new SimulatedEcs(Scheduler, random.Fork(), Tasks, Options.Ecs, CloudWatch);
        DynamoDb = new SimulatedDynamoDb(Scheduler, random.Fork());
        Lambda = new SimulatedLambda(Scheduler, random.Fork(), Options.Lambda);
        Engine = new StepFunctionsEngine(Scheduler, random.Fork());
        StepFunctions = new SimulatedStepFunctions(Engine);
        if (Options.KeepExecutions is { } retention)
        {
            StepFunctions.Keep = retention.Keeps;
        }

        Targets = new EventTargetRegistry();
        Targets.UseSqs(Sqs);
        Targets.RegisterPrefix("arn:aws:states:", StartFromEvent);
        EventBridge = new SimulatedEventBridge(Scheduler, random.Fork(), Targets, Options.EventBridge);
        CloudWatch.EventPublished += EventBridge.Publish;

        // Forked after the services above, so runs without EC2 draw exactly as before these existed.
        Ec2 = new SimulatedEc2(Scheduler, random.Fork(), Options.Ec2, CloudWatch);
        AutoScaling = new SimulatedAutoScaling(Ec2, random.Fork(), Options.AutoScaling);
        Sns = new SimulatedSns(Scheduler, random.Fork(), Targets, Sqs, Options.Sns);
        Schedules = new SimulatedScheduler(Scheduler, random.Fork(), Targets, Options.Scheduler);
        Pipes = new SimulatedPipes(Scheduler, random.Fork(), Sqs, Targets, Options.Pipes);
        _faults = random.Fork();
        Ec2.EventPublished += EventBridge.Publish;
        Ec2.LifecycleHook = new EcsLifecycleHook(Ecs, RouteToCluster);
        CloudWatch.NotificationPublished += NotifyTopic;
        Targets.RegisterPrefix("arn:aws:lambda:", InvokeFromEvent);

        Services = new ServiceRegistry();
        foreach (var service in new Services.ISimulatedService[] { Sqs, S3, Ecs, DynamoDb, StepFunctions, CloudWatch, EventBridge, Ec2, AutoScaling, Sns, Schedules, Pipes })
        {
            Services.Add(WithFaults(service));
        }

        Engine.AddIntegration(new EcsRunTaskIntegration(Ecs, Options.Integrations));
        Engine.AddIntegration(new States.Integrations.LambdaIntegration(new SimulatedLambdaInvoker(Lambda)));
        Engine.AddIntegration(new StartExecutionIntegration(StepFunctions, Options.Integrations));
        Engine.AddIntegration(new OptimizedIntegration(Services, Options.Integrations));
        Engine.AddIntegration(new AwsSdkIntegration(Services, Options.Integrations));

        foreach (var function in HandlerTable.All)
        {
            Lambda.Register(function.Name, input => function.InvokeAsync(input).GetAwaiter().GetResult());
        }
    }

    public AccountOptions Options { get; }
    public Scheduler Scheduler { get; }
    public MessageLog Log { get; }
    public SimulatedCloudWatch CloudWatch { get; }
    public SimulatedEventBridge EventBridge { get; }
    public EventTargetRegistry Targets { get; }
    public SimulatedSqs Sqs { get; }
    public SimulatedS3 S3 { get; }
    public BatchWorkload Workload { get; }

    /// <summary>What ECS tasks do: the batch workload, or a service's own behaviour (<see cref="TaskBehaviors.ForService"/>).</summary>
    public TaskBehaviors Tasks { get; }
    public SimulatedEcs Ecs { get; }
    public SimulatedDynamoDb DynamoDb { get; }
    public SimulatedLambda Lambda { get; }
    public StepFunctionsEngine Engine { get; }
    public SimulatedStepFunctions StepFunctions { get; }
    public SimulatedEc2 Ec2 { get; }
    public SimulatedAutoScaling AutoScaling { get; }
    public SimulatedSns Sns { get; }

    /// <summary>EventBridge Scheduler (service name <c>scheduler</c>); not the virtual clock, which is <see cref="Scheduler"/>.</summary>
    public SimulatedScheduler Schedules { get; }
    public SimulatedPipes Pipes { get; }

    /// <summary>The services as state machines reach them (behind <see cref="AccountOptions.ApiFaults"/>).</summary>
    public ServiceRegistry Services { get; }

    /// <summary>An EventBridge rule (or schedule) whose target is a state machine starts an execution
    /// with the event as input, as EventBridge does.</summary>
    private void StartFromEvent(EventTargetInvocation invocation) =>
        StepFunctions.StartExecution(invocation.TargetArn, System.Text.Json.Nodes.JsonNode.Parse(invocation.Input));

    /// <summary>An S3 object's text, or null when it does not exist (how a task reads its manifest).</summary>
    private string? ReadObject(string bucket, string key)
    {
        try
        {
            return S3.Invoke("GetObject", new System.Text.Json.Nodes.JsonObject { ["Bucket"] = bucket, ["Key"] = key })["Body"]?.GetValue<string>();
        }
        catch (Services.AwsServiceException)
        {
            return null;
        }
    }

    private void WriteObject(string bucket, string key, string body) =>
        S3.Invoke("PutObject", new System.Text.Json.Nodes.JsonObject { ["Bucket"] = bucket, ["Key"] = key, ["Body"] = body });

    /// <summary>The ARN under which a registered function is reachable from a Task state.</summary>
    public static string FunctionArn(string name) => $"arn:aws:lambda:us-east-1:123456789012:function:{name}";
}
