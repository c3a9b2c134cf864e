using System.Text.Json.Nodes;
using Orchestrator.States.Execution;
using Orchestrator.States.Mocks;
using Orchestrator.States.Model;

namespace Orchestrator.States.Tests.Conformance.Recorded;

/// <summary>
/// Runs one <see cref="RecordedCase"/> as <c>orchestrator run</c> would (default execution and
/// state machine names, virtual start 2026-01-01T00:00:00Z, the case's mocks) and compares the
/// result with the recording: status and error always; output and cause for <c>compare: full</c>.
/// </summary>
public static class RecordedCaseRunner
{
    /// <summary>Runs the case and says whether the engine agrees with AWS.</summary>
    public static RecordedOutcome Run(RecordedCase testCase)
    {
        var text = testCase.Definition is JsonValue v && v.TryGetValue(out string? s) ? s : testCase.Definition.ToJsonString();
        if (!StateMachine.TryParse(text, out var machine, out var errors))
        {
            return new RecordedOutcome(RecordedVerdict.Refused, string.Join("; ", errors), errors.Count > 0 ? errors[0].Message : "refused");
        }

        var options = new RunOptions
        {
            Mocks = testCase.Mocks.Count == 0 ? null : MockConfiguration.ForStates(testCase.Mocks),
        };
        var result = LocalRunner.Run(machine, testCase.Input?.DeepClone(), options);
        var difference = Difference(testCase, result);
        return difference is null
            ? new RecordedOutcome(RecordedVerdict.Agrees, string.Empty)
            : new RecordedOutcome(RecordedVerdict.Disagrees,
                $"{difference} (engine: status {Status(result.Status)}, error {result.Error ?? "null"}, cause {result.Cause ?? "null"}, output {result.Output?.ToJsonString() ?? "null"})");
    }

    private static string? Difference(RecordedCase testCase, ExecutionResult result)
    {
        var expected = testCase.Expected;
        var status = expected["status"]?.GetValue<string>();
        if (status != Status(result.Status))
        {
            return $"status: recorded {status}";
        }

        if (expected.TryGetPropertyValue("error", out var error) && error?.GetValue<string>() != result.Error)
        {
            return $"error: recorded {error?.GetValue<string>() ?? "null"}";
        }

        if (!testCase.CompareFull)
        {
            return null;
        }

        if (expected.TryGetPropertyValue("cause", out var cause) && !SameCause(cause, result.Cause))
        {
            return $"cause: recorded {(cause is JsonValue text && text.TryGetValue(out string? t) ? t : cause?.ToJsonString() ?? "null")}";
        }

        if (expected.TryGetPropertyValue("output", out var output)
            && JsonAssert.FirstDifference(output, result.Output, "$") is { } at)
        {
            return $"output differs at {at}: recorded {output?.ToJsonString() ?? "null"}";
        }

        return null;
    }

    /// <summary>A recorded cause is a string, or (where the recording holds a JSON cause) the parsed
    /// JSON, compared structurally with the engine's cause text.</summary>
    private static bool SameCause(JsonNode? recorded, string? actual)
    {
        if (recorded is null || (recorded is JsonValue v && v.TryGetValue(out string? _)))
        {
            return recorded?.GetValue<string>() == actual;
        }

        try
        {
            return actual is not null && JsonAssert.FirstDifference(recorded, JsonNode.Parse(actual), "$") is null;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }

    private static string Status(ExecutionStatus status) => status switch
    {
        ExecutionStatus.Running => "RUNNING",
        ExecutionStatus.Succeeded => "SUCCEEDED",
        ExecutionStatus.Failed => "FAILED",
        ExecutionStatus.TimedOut => "TIMED_OUT",
        ExecutionStatus.Aborted => "ABORTED",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "unknown execution status"),
    };
}
