using Orchestrator.Functions.Hosting;
using Orchestrator.Simulation.Integrations;
using Orchestrator.Simulation.Recording;
using Orchestrator.Simulation.Services.CloudWatch;
using Orchestrator.Simulation.Services.DynamoDb;
using Orchestrator.Simulation.Services.EventBridge;
using Orchestrator.Simulation.Services.Ecs;
using Orchestrator.Simulation.Services.Lambda;
using Orchestrator.Simulation.Services.S3;
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
public sealed class SimulatedAccount
{
    public SimulatedAccount(AccountOptions? options = null)
    {
        Options = options ?? new AccountOptions();
        Scheduler = new Scheduler(Options.Start);
        var random = new SeededRandom(Options.Seed);
        Log = new MessageLog();
        CloudWatch = new SimulatedCloudWatch(Scheduler, random.Fork());
        Sqs = new SimulatedSqs(Scheduler, random.Fork(), Log, CloudWatch);
        S3 = new SimulatedS3(Scheduler, random.Fork());
        Workload = new BatchWorkload(Options.Workload, random.Fork(), Log, ReadObject);
        Ecs = new SimulatedEcs(Scheduler, random.Fork(), Workload, Options.Ecs, CloudWatch);
        DynamoDb = new SimulatedDynamoDb(Scheduler, random.Fork());
        Lambda = new SimulatedLambda(Scheduler, random.Fork(), Options.Lambda);
        Engine = new StepFunctionsEngine(Scheduler, random.Fork());
        StepFunctions = new SimulatedStepFunctions(Engine);
        Targets = new EventTargetRegistry();
        Targets.UseSqs(Sqs);
        Targets.RegisterPrefix("arn:aws:states:", StartFromEvent);
        EventBridge = new SimulatedEventBridge(Scheduler, random.Fork(), Targets, Options.EventBridge);
        CloudWatch.EventPublished += EventBridge.Publish;

        Services = new ServiceRegistry();
        Services.Add(Sqs);
        Services.Add(S3);
        Services.Add(Ecs);
        Services.Add(DynamoDb);
        Services.Add(StepFunctions);
        Services.Add(CloudWatch);
        Services.Add(EventBridge);
        Engine.AddIntegration(new EcsRunTaskIntegration(Ecs, Options.Integrations));
        Engine.AddIntegration(new LambdaIntegration(Lambda));
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
    public SimulatedEcs Ecs { get; }
    public SimulatedDynamoDb DynamoDb { get; }
    public SimulatedLambda Lambda { get; }
    public StepFunctionsEngine Engine { get; }
    public SimulatedStepFunctions StepFunctions { get; }
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

    /// <summary>The ARN under which a registered function is reachable from a Task state.</summary>
    public static string FunctionArn(string name) => $"arn:aws:lambda:us-east-1:123456789012:function:{name}";
}
