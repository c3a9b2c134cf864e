using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Orchestrator.States.Execution;
using Orchestrator.States.Mocks;
using Orchestrator.States.Model;

namespace Orchestrator.States.Tests.Conformance;

/// <summary>
/// Runs one <see cref="ConformanceCase"/> against the engine and checks every expectation the case
/// sets: a definition error at a path, or the execution's status, output, error, cause, virtual
/// duration and history event types.
/// </summary>
public static class ConformanceCaseRunner
{
    /// <summary>Runs <paramref name="testCase"/>; fails the current test on the first mismatch.</summary>
    public static void Run(ConformanceCase testCase)
    {
        var expected = testCase.Expected;
        StateMachine machine;
        try
        {
            machine = StateMachine.Parse(testCase.Definition);
        }
        catch (DefinitionException e)
        {
            var errors = string.Join("; ", e.Errors);
            if (expected.DefinitionErrorPathContains is not { } path)
            {
                Assert.Fail($"The definition was rejected, but the case expects it to run: {errors}");
                return;
            }

            var message = expected.DefinitionErrorMessageContains ?? string.Empty;
            Assert.True(
                e.Errors.Any(error => error.Path.Contains(path, StringComparison.Ordinal)
                    && error.Message.Contains(message, StringComparison.Ordinal)),
                $"No definition error at a path containing '{path}' with a message containing '{message}'. Errors: {errors}");
            return;
        }

        if (expected.DefinitionErrorPathContains is { } wanted)
        {
            Assert.Fail($"The definition was accepted, but the case expects an error at '{wanted}'.");
        }

        var result = LocalRunner.Run(machine, testCase.Input?.DeepClone(), Options(testCase));
        var context = $"status {result.Status}, error {result.Error ?? "-"}, cause {result.Cause ?? "-"}, output {result.Output?.ToJsonString() ?? "null"}";

        Assert.True(StatusName(result.Status) == expected.Status, $"Expected status {expected.Status}; got {context}");
        if (expected.HasOutput)
        {
            JsonAssert.Equal(expected.Output, result.Output, "Execution output");
        }

        if (expected.OutputRegex is { } pattern)
        {
            var text = result.Output?.ToJsonString() ?? "null";
            Assert.True(Regex.IsMatch(text, pattern, RegexOptions.None, TimeSpan.FromSeconds(5)), $"Output {text} does not match /{pattern}/");
        }

        if (expected.Error is { } error)
        {
            Assert.True(error == result.Error, $"Expected error {error}; got {context}");
        }

        if (expected.Cause is { } cause)
        {
            Assert.True(cause == result.Cause, $"Expected cause \"{cause}\"; got {context}");
        }

        if (expected.CauseContains is { } part)
        {
            Assert.True(result.Cause?.Contains(part, StringComparison.Ordinal) == true, $"Expected the cause to contain \"{part}\"; got {context}");
        }

        if (expected.ElapsedSeconds is { } seconds)
        {
            var elapsed = (result.StopDate - result.StartDate).TotalSeconds;
            Assert.True(Math.Abs(elapsed - seconds) < 1e-6, $"Expected {seconds} virtual seconds; took {elapsed.ToString(CultureInfo.InvariantCulture)} ({context})");
        }

        if (expected.HistoryTypes is { } types)
        {
            Assert.Equal(types, result.History.Select(h => h.Type).ToList());
        }
    }

    private static RunOptions Options(ConformanceCase testCase)
    {
        var mocks = testCase.Mocks?.ToDictionary(p => p.Key, p => p.Value!.DeepClone());
        var options = new RunOptions
        {
            Mocks = mocks is null ? null : MockConfiguration.ForStates(mocks),
        };
        if (testCase.Options is { } o)
        {
            options = options with
            {
                ExecutionName = o["executionName"]?.GetValue<string>() ?? options.ExecutionName,
                StateMachineName = o["stateMachineName"]?.GetValue<string>() ?? options.StateMachineName,
            };
        }

        return options;
    }

    private static string StatusName(ExecutionStatus status) => status switch
    {
        ExecutionStatus.Running => "RUNNING",
        ExecutionStatus.Succeeded => "SUCCEEDED",
        ExecutionStatus.Failed => "FAILED",
        ExecutionStatus.TimedOut => "TIMED_OUT",
        ExecutionStatus.Aborted => "ABORTED",
        _ => status.ToString(),
    };
}
