using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Models;

/// <summary>
/// One AWS service's API model (botocore <c>service-2.json</c>, embedded from Models/Aws/ by
/// tools/trim-aws-models.sh): its operations, shapes and modelled errors.
/// </summary>
/// <remarks>
/// Services are named as in <c>arn:aws:states:::aws-sdk:&lt;service&gt;:…</c> (sqs, ecs, ec2,
/// autoscaling, cloudwatch, sns, sfn, dynamodb, s3, eventbridge, scheduler, pipes); the model file
/// names <c>events</c> and <c>stepfunctions</c> are accepted too. Models are parsed once per process
/// and never change, so one instance is shared. Operation lookup ignores case so that the
/// integration's camelCase action (<c>receiveMessage</c>) finds <c>ReceiveMessage</c>.
/// </remarks>
public sealed class ApiModel
{
    private static readonly Dictionary<string, string> ModelFiles = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sqs"] = "sqs", ["ecs"] = "ecs", ["s3"] = "s3", ["autoscaling"] = "autoscaling", ["ec2"] = "ec2",
        ["cloudwatch"] = "cloudwatch", ["sns"] = "sns", ["eventbridge"] = "events", ["events"] = "events",
        ["scheduler"] = "scheduler", ["pipes"] = "pipes", ["dynamodb"] = "dynamodb", ["sfn"] = "stepfunctions",
        ["stepfunctions"] = "stepfunctions", ["states"] = "stepfunctions",
    };

    private static readonly ConcurrentDictionary<string, Lazy<ApiModel>> Cache = new(StringComparer.Ordinal);

    private readonly JsonObject _operations;
    private readonly JsonObject _shapes;
    private readonly Dictionary<string, string> _operationNames;

    private ApiModel(string file, JsonObject model)
    {
        FileName = file;
        Metadata = model["metadata"]!.AsObject();
        _operations = model["operations"]!.AsObject();
        _shapes = model["shapes"]!.AsObject();
        _operationNames = _operations.ToDictionary(p => p.Key, p => p.Key, StringComparer.OrdinalIgnoreCase);
        ErrorShapes = _shapes.Where(p => p.Value?["exception"]?.GetValue<bool>() == true).Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The aws-sdk service names that have a model.</summary>
    public static IReadOnlyCollection<string> Services { get; } =
        ["sqs", "ecs", "s3", "autoscaling", "ec2", "cloudwatch", "sns", "eventbridge", "scheduler", "pipes", "dynamodb", "sfn"];

    /// <summary>The model file's name without extension (e.g. <c>events</c> for eventbridge).</summary>
    public string FileName { get; }

    /// <summary>The model's metadata (protocol, serviceId…).</summary>
    public JsonObject Metadata { get; }

    /// <summary>The names of the shapes marked <c>exception</c>, sorted.</summary>
    public IReadOnlyList<string> ErrorShapes { get; }

    /// <summary>Every operation name, as written in the model.</summary>
    public IEnumerable<string> Operations => _operations.Select(p => p.Key);

    /// <summary>True when <paramref name="service"/> has an embedded model.</summary>
    public static bool Exists(string service) => ModelFiles.ContainsKey(service);

    /// <summary>Loads (once) the model of <paramref name="service"/>.</summary>
    /// <exception cref="ArgumentException">No model is embedded for the service.</exception>
    public static ApiModel Load(string service)
    {
        if (!ModelFiles.TryGetValue(service, out var file))
        {
            throw new ArgumentException(
                $"No AWS API model for service '{service}'. Known: {string.Join(", ", Services)}.", nameof(service));
        }

        return Cache.GetOrAdd(file, f => new Lazy<ApiModel>(() => Read(f))).Value;
    }

    /// <summary>The operation's model name for <paramref name="operation"/> (any case), or null.</summary>
    public string? FindOperation(string operation) => _operationNames.GetValueOrDefault(operation);

    /// <summary>The operation's input shape name, or null when it takes no input or does not exist.</summary>
    public string? InputShape(string operation) =>
        FindOperation(operation) is { } name ? _operations[name]?["input"]?["shape"]?.GetValue<string>() : null;

    /// <summary>The operation's output shape name, or null.</summary>
    public string? OutputShape(string operation) =>
        FindOperation(operation) is { } name ? _operations[name]?["output"]?["shape"]?.GetValue<string>() : null;

    /// <summary>A shape's definition, or null when the model has none of that name.</summary>
    public JsonObject? Shape(string name) => _shapes[name]?.AsObject();

    /// <summary>
    /// The error shape for an AWS error <paramref name="code"/>: the shape of that name, or the shape whose
    /// <c>error.code</c> (query-protocol code such as <c>ScalingActivityInProgress</c>) matches; null when unmodelled.
    /// </summary>
    public string? FindErrorShape(string code)
    {
        if (ErrorShapes.Contains(code, StringComparer.Ordinal))
        {
            return code;
        }

        return ErrorShapes.FirstOrDefault(s => _shapes[s]?["error"]?["code"]?.GetValue<string>() == code);
    }

    /// <summary>The wire error code of an error shape: its <c>error.code</c> when modelled, else its name.</summary>
    public string WireCode(string errorShape) => _shapes[errorShape]?["error"]?["code"]?.GetValue<string>() ?? errorShape;

    private static ApiModel Read(string file)
    {
        var resource = $"Orchestrator.Simulation.Models.Aws.{file}.json";
        using var stream = typeof(ApiModel).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded AWS model '{resource}' is missing; run tools/trim-aws-models.sh.");
        return new ApiModel(file, JsonNode.Parse(stream)!.AsObject());
    }
}
