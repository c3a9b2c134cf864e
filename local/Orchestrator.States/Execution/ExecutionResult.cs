using System.Text.Json.Nodes;

namespace Orchestrator.States.Execution;

/// <summary>How an execution ended (DescribeExecution's status, output, error, cause), with its history.</summary>
public sealed record ExecutionResult(
    ExecutionStatus Status,
    JsonNode? Output,
    string? Error,
    string? Cause,
    IReadOnlyList<HistoryEvent> History,
    DateTimeOffset StartDate,
    DateTimeOffset StopDate);
