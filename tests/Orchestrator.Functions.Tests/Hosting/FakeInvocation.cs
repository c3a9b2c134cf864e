namespace Orchestrator.Functions.Tests.Hosting;

/// <summary>One event the fake Runtime API hands out from /next, with the headers it sends.</summary>
public sealed record FakeInvocation(string RequestId, string Body, IReadOnlyDictionary<string, string> Headers)
{
    /// <summary>An event with only the request id header.</summary>
    public static FakeInvocation Of(string requestId, string body) =>
        new(requestId, body, new Dictionary<string, string>());
}
