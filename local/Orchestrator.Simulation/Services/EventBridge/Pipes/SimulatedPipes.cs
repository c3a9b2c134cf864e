using System.Text.Json.Nodes;
using Orchestrator.Simulation.Models;
using Orchestrator.States.Timing;

namespace Orchestrator.Simulation.Services.EventBridge.Pipes;

/// <summary>
/// Simulated Amazon EventBridge Pipes, SQS sources only: CreatePipe, DescribePipe, StartPipe,
/// StopPipe, DeletePipe. A running pipe polls its queue on the virtual clock and invokes its target
/// (resolved through the shared <see cref="EventTargetRegistry"/>) with batches of SQS records.
/// </summary>
/// <remarks>
/// SourceParameters.SqsQueueParameters: BatchSize 1–10,000 (default 10), MaximumBatchingWindowInSeconds
/// 0–300 (default 0); a BatchSize above 10 needs a batching window of at least 1 s (as for Lambda's SQS
/// event source, which Pipes' SQS polling follows). Filters, enrichment and InputTemplate are not
/// modelled (InputTemplate is rejected rather than ignored). See <see cref="SqsPipe"/> for polling and
/// deletion.
/// </remarks>
public sealed class SimulatedPipes : ISimulatedService
{
    private readonly Scheduler _scheduler;
    private readonly SeededRandom _random;
    private readonly ISimulatedService _sqs;
    private readonly EventTargetRegistry _targets;
    private readonly PipesOptions _options;
    private readonly Dictionary<string, (SqsPipe Pipe, JsonObject Definition, DateTimeOffset Created)> _pipes = new(StringComparer.Ordinal);
    private readonly List<EventDelivery> _deliveries = [];

    /// <summary>Creates Pipes reading from <paramref name="sqs"/> and delivering through <paramref name="targets"/>.</summary>
    public SimulatedPipes(Scheduler scheduler, SeededRandom random, ISimulatedService sqs, EventTargetRegistry targets, PipesOptions? options = null)
    {
        _scheduler = scheduler;
        _random = random;
        _sqs = sqs;
        _targets = targets;
        _options = options ?? new PipesOptions();
    }

    /// <inheritdoc/>
    public string ServiceName => "pipes";

    /// <summary>Every target invocation so far (Error set when the target refused it).</summary>
    public IReadOnlyList<EventDelivery> Deliveries => _deliveries;

    /// <inheritdoc/>
    public JsonNode Invoke(string operation, JsonObject request) =>
        ServiceRequests.Answer(ServiceName, operation, request, _random, "ValidationException", name => name switch
        {
            "CreatePipe" => Create(request),
            "DescribePipe" => Describe(request["Name"]!.GetValue<string>()),
            "StartPipe" => SetRunning(request, true),
            "StopPipe" => SetRunning(request, false),
            "DeletePipe" => Delete(request),
            _ => throw new AwsServiceException("pipes", "ValidationException", 400, $"The simulated Pipes does not implement {name}."),
        });

    private static AwsServiceException Validation(string message) => new("pipes", "ValidationException", 400, message);

    private JsonObject Create(JsonObject request)
    {
        var name = request["Name"]!.GetValue<string>();
        if (_pipes.ContainsKey(name))
        {
            throw new AwsServiceException("pipes", "ConflictException", 409, $"Pipe {name} already exists.");
        }

        var source = request["Source"]!.GetValue<string>();
        if (!source.StartsWith("arn:aws:sqs:", StringComparison.Ordinal))
        {
            throw Validation($"Source {source} is not an SQS queue ARN; the simulation supports SQS sources only.");
        }

        if (request["TargetParameters"]?["InputTemplate"] is not null || request["Enrichment"] is not null)
        {
            throw Validation("InputTemplate and Enrichment are not supported by the simulated Pipes.");
        }

        var parameters = request["SourceParameters"]?["SqsQueueParameters"];
        var batchSize = parameters?["BatchSize"]?.GetValue<int>() ?? 10;
        var window = parameters?["MaximumBatchingWindowInSeconds"]?.GetValue<int>() ?? 0;
        if (batchSize > 10 && window < 1)
        {
            throw Validation("Maximum batch window in seconds must be greater than 0 if maximum batch size is greater than 10");
        }

        var arn = $"arn:aws:pipes:{_options.Region}:{_options.AccountId}:pipe/{name}";
        var pipe = new SqsPipe(arn, source, request["Target"]!.GetValue<string>(), batchSize, TimeSpan.FromSeconds(window),
            _scheduler, _sqs, _targets, _options, _deliveries);
        _pipes[name] = (pipe, (JsonObject)request.DeepClone(), _scheduler.Now);
        if (request["DesiredState"]?.GetValue<string>() is not "STOPPED")
        {
            pipe.Start();
        }

        return Summary(name);
    }

    private JsonObject SetRunning(JsonObject request, bool running)
    {
        var name = request["Name"]!.GetValue<string>();
        var pipe = Find(name).Pipe;
        if (running && !pipe.Running)
        {
            pipe.Start();
        }
        else if (!running)
        {
            pipe.Stop();
        }

        return Summary(name);
    }

    private JsonObject Delete(JsonObject request)
    {
        var name = request["Name"]!.GetValue<string>();
        Find(name).Pipe.Stop();
        var summary = Summary(name);
        summary["CurrentState"] = "DELETING";
        _pipes.Remove(name);
        return summary;
    }

    private JsonObject Describe(string name)
    {
        var answer = (JsonObject)Find(name).Definition.DeepClone();
        foreach (var (key, value) in Summary(name))
        {
            answer[key] = value?.DeepClone();
        }

        return answer;
    }

    private JsonObject Summary(string name)
    {
        var (pipe, definition, created) = Find(name);
        return new JsonObject
        {
            ["Arn"] = pipe.Arn,
            ["Name"] = name,
            ["DesiredState"] = definition["DesiredState"]?.GetValue<string>() ?? "RUNNING",
            ["CurrentState"] = pipe.Running ? "RUNNING" : "STOPPED",
            ["CreationTime"] = created.ToUnixTimeMilliseconds() / 1000.0,
            ["LastModifiedTime"] = created.ToUnixTimeMilliseconds() / 1000.0,
        };
    }

    private (SqsPipe Pipe, JsonObject Definition, DateTimeOffset Created) Find(string name) =>
        _pipes.TryGetValue(name, out var entry) ? entry
        : throw new AwsServiceException("pipes", "NotFoundException", 404, $"Pipe {name} does not exist.");
}
