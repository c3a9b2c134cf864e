namespace Orchestrator.Functions.Hosting;

/// <summary>One event received from <c>GET /runtime/invocation/next</c>: its context and the raw
/// event bytes exactly as the Runtime API sent them.</summary>
public sealed record RuntimeInvocation(InvocationContext Context, ReadOnlyMemory<byte> Event);
