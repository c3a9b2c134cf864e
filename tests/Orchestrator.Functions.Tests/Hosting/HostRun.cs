namespace Orchestrator.Functions.Tests.Hosting;

/// <summary>How a host run ended: its exit code and what it logged.</summary>
public sealed record HostRun(int ExitCode, string Log);
