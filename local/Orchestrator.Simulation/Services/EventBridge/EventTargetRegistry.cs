using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Services.EventBridge;

/// <summary>
/// Resolves a target ARN to the handler that delivers to it. EventBridge rules, EventBridge
/// Scheduler and SNS (Lambda subscriptions) share one registry, which the account composition fills:
/// state machine ARNs start executions, Lambda ARNs invoke functions, SQS ARNs send messages.
/// </summary>
/// <remarks>
/// An exact ARN registration wins over a prefix (e.g. <c>arn:aws:states:us-east-1:123456789012:stateMachine:</c>);
/// among prefixes the longest wins. <see cref="UseSqs"/> registers the <c>arn:aws:sqs:</c> prefix with
/// a handler that calls SendMessage on the simulated SQS, the input becoming the message body.
/// </remarks>
public sealed class EventTargetRegistry
{
    private readonly Dictionary<string, EventTargetHandler> _exact = new(StringComparer.Ordinal);
    private readonly List<(string Prefix, EventTargetHandler Handler)> _prefixes = [];

    /// <summary>Registers the handler for one ARN (replacing an earlier one).</summary>
    public void Register(string arn, EventTargetHandler handler) => _exact[arn] = handler;

    /// <summary>Registers the handler for every ARN starting with <paramref name="arnPrefix"/>.</summary>
    public void RegisterPrefix(string arnPrefix, EventTargetHandler handler)
    {
        _prefixes.RemoveAll(p => p.Prefix == arnPrefix);
        _prefixes.Add((arnPrefix, handler));
    }

    /// <summary>Delivers to SQS queue ARNs through <paramref name="sqs"/>'s SendMessage.</summary>
    public void UseSqs(ISimulatedService sqs) =>
        RegisterPrefix("arn:aws:sqs:", invocation => sqs.Invoke("SendMessage", new JsonObject
        {
            ["QueueUrl"] = QueueUrl(invocation.TargetArn),
            ["MessageBody"] = invocation.Input,
        }));

    /// <summary>The handler for <paramref name="arn"/>, or null when none is registered.</summary>
    public EventTargetHandler? Resolve(string arn) =>
        _exact.GetValueOrDefault(arn)
        ?? _prefixes.Where(p => arn.StartsWith(p.Prefix, StringComparison.Ordinal)).OrderByDescending(p => p.Prefix.Length).Select(p => p.Handler).FirstOrDefault();

    /// <summary>The queue URL of a queue ARN (<c>arn:aws:sqs:region:account:name</c> → <c>https://sqs.region.amazonaws.com/account/name</c>).</summary>
    /// <exception cref="ArgumentException">The ARN is not an SQS queue ARN.</exception>
    public static string QueueUrl(string queueArn)
    {
        var parts = queueArn.Split(':');
        return parts.Length == 6 && parts[2] == "sqs"
            ? $"https://sqs.{parts[3]}.amazonaws.com/{parts[4]}/{parts[5]}"
            : throw new ArgumentException($"'{queueArn}' is not an SQS queue ARN.", nameof(queueArn));
    }
}
