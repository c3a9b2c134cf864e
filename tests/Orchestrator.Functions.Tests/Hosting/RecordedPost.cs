namespace Orchestrator.Functions.Tests.Hosting;

/// <summary>A POST the host made to the fake Runtime API: path below /2018-06-01, body, and the
/// Lambda-Runtime-Function-Error-Type and Content-Type headers (null when absent), and the
/// <see cref="System.Diagnostics.Stopwatch"/> timestamp of its arrival.</summary>
public sealed record RecordedPost(string Path, string Body, string? ErrorTypeHeader, string? ContentType, long Timestamp);
