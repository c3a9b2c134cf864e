using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Orchestrator.States.Timing;

namespace Orchestrator.Simulation.Services.Lambda;

/// <summary>
/// Lambda functions that run in-process: the project's real <c>Stream → Stream</c> handlers, called
/// through their stream entry point with the invocation's latency (cold or warm) on the virtual clock.
/// </summary>
/// <remarks>
/// <para>A function's exception becomes a function error whose type is the exception's type name and
/// whose cause is the runtime's error JSON, as the .NET managed runtime reports it. A handler that
/// answers invalid JSON is a function error too (Lambda would return it, but Step Functions cannot
/// parse it: <c>States.Runtime</c> in AWS; here the error names the function).</para>
/// <para>Every invocation is counted per function, with cold starts, for the run's report.</para>
/// </remarks>
public sealed class SimulatedLambda(Scheduler scheduler, SeededRandom random, LambdaOptions? options = null)
{
    private readonly Dictionary<string, Func<Stream, Stream>> _functions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _lastUsed = new(StringComparer.Ordinal);
    private readonly LambdaOptions _options = options ?? new LambdaOptions();

    /// <summary>Invocations per function name.</summary>
    public Dictionary<string, int> Invocations { get; } = new(StringComparer.Ordinal);

    /// <summary>Cold starts over all functions.</summary>
    public int ColdStarts { get; private set; }

    /// <summary>Registers a handler under a function name (the last segment of its ARN).</summary>
    public void Register(string name, Func<Stream, Stream> handler) => _functions[name] = handler;

    /// <summary>True when a function of that name or ARN exists.</summary>
    public bool Exists(string nameOrArn) => _functions.ContainsKey(FunctionName(nameOrArn));

    /// <summary>The function name from a name, a function ARN, or a qualified ARN.</summary>
    public static string FunctionName(string nameOrArn)
    {
        var parts = nameOrArn.Split(':');
        return parts.Length >= 7 && parts[0] == "arn" ? parts[6] : nameOrArn;
    }

    /// <summary>Invokes a function; <paramref name="done"/> runs on the scheduler when it ends.</summary>
    public void Invoke(string nameOrArn, JsonNode? payload, Action<LambdaResult> done)
    {
        var name = FunctionName(nameOrArn);
        if (!_functions.TryGetValue(name, out var handler))
        {
            scheduler.Schedule(TimeSpan.Zero, () => done(new LambdaResult(null, "Lambda.ResourceNotFoundException",
                $"Function not found: arn:aws:lambda:us-east-1:123456789012:function:{name} (Service: Lambda, Status Code: 404)", false)));
            return;
        }

        Invocations[name] = Invocations.GetValueOrDefault(name) + 1;
        var cold = !_lastUsed.TryGetValue(name, out var last) || scheduler.Now - last > _options.IdleBeforeCold;
        ColdStarts += cold ? 1 : 0;
        var latency = (cold ? _options.ColdStart : TimeSpan.Zero) + _options.WarmDuration;
        _lastUsed[name] = scheduler.Now + latency;
        var fault = Fault();
        scheduler.Schedule(latency, () => done(fault ?? Run(handler, payload, cold)));
    }

    private LambdaResult? Fault()
    {
        if (_options.ServiceErrorProbability > 0 && random.NextDouble() < _options.ServiceErrorProbability)
        {
            return new LambdaResult(null, "Lambda.ServiceException", "Lambda was unable to process the request (Service: Lambda, Status Code: 500)", false);
        }

        if (_options.ThrottleProbability > 0 && random.NextDouble() < _options.ThrottleProbability)
        {
            return new LambdaResult(null, "Lambda.TooManyRequestsException", "Rate Exceeded. (Service: Lambda, Status Code: 429)", false);
        }

        return null;
    }

    private static LambdaResult Run(Func<Stream, Stream> handler, JsonNode? payload, bool cold)
    {
        string answer;
        try
        {
            using var input = new MemoryStream(Encoding.UTF8.GetBytes(payload?.ToJsonString() ?? "null"));
            using var output = handler(input);
            using var reader = new StreamReader(output);
            answer = reader.ReadToEnd();
        }
        catch (Exception e)
        {
            return FunctionError(e.GetType().Name, e.Message, cold);
        }

        try
        {
            return new LambdaResult(JsonNode.Parse(answer), null, null, cold);
        }
        catch (JsonException e)
        {
            return FunctionError("Lambda.InvalidResponse", $"The function answered invalid JSON: {e.Message}", cold);
        }
    }

    private static LambdaResult FunctionError(string type, string message, bool cold)
    {
        var cause = new JsonObject { ["errorMessage"] = message, ["errorType"] = type, ["stackTrace"] = new JsonArray() };
        return new LambdaResult(null, type, cause.ToJsonString(), cold);
    }
}
