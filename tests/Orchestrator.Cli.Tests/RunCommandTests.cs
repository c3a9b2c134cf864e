using System.Text.Json.Nodes;

namespace Orchestrator.Cli.Tests;

public class RunCommandTests
{
    private const string PassMachine = """{"StartAt":"P","States":{"P":{"Type":"Pass","Parameters":{"got.$":"$.x"},"End":true}}}""";

    private const string TaskMachine = """
        {"StartAt":"Call","States":{"Call":{"Type":"Task","Resource":"${CallArn}","Retry":[{"ErrorEquals":["Busy"],"IntervalSeconds":1}],"End":true}}}
        """;

    private const string Mocks = """
        {"StateMachines":{"drain":{"TestCases":{"Happy":{"Call":"RetryThenOk"},"Sad":{"Call":"AlwaysFails"}}}},
         "MockedResponses":{"RetryThenOk":{"0":{"Throw":{"Error":"Busy","Cause":"try later"}},"1":{"Return":{"ok":true}}},
                            "AlwaysFails":{"0-3":{"Throw":{"Error":"Broken","Cause":"it broke"}}}}}
        """;

    [Fact]
    public void Run_SucceedingMachine_PrintsResultExitsZero()
    {
        using var cli = new CliRunner();
        cli.WriteFile("m.asl.json", PassMachine);

        var (exitCode, output, _) = cli.Run("run", "--definition", "m.asl.json", "--input", """{"x":5}""");

        Assert.Equal(ExitCodes.Success, exitCode);
        var json = JsonNode.Parse(output)!;
        Assert.Equal("SUCCEEDED", (string?)json["status"]);
        Assert.Equal("""{"got":5}""", json["output"]!.ToJsonString());
        Assert.Null(json["history"]);
    }

    [Fact]
    public void Run_InputFileAndHistory_PrintsHistory()
    {
        using var cli = new CliRunner();
        cli.WriteFile("m.asl.json", PassMachine);
        cli.WriteFile("in.json", """{"x":"y"}""");

        var (exitCode, output, _) = cli.Run("run", "--definition", "m.asl.json", "--input-file", "in.json", "--history");

        Assert.Equal(ExitCodes.Success, exitCode);
        var history = JsonNode.Parse(output)!["history"]!.AsArray();
        Assert.Equal("ExecutionStarted", (string?)history[0]!["type"]);
        Assert.Equal("ExecutionSucceeded", (string?)history[^1]!["type"]);
    }

    [Fact]
    public void Run_MockConfigHappyPath_SucceedsAfterRetry()
    {
        using var cli = new CliRunner();
        cli.WriteFile("drain.asl.json", TaskMachine);
        cli.WriteFile("mocks.json", Mocks);

        var (exitCode, output, error) = cli.Run("run", "--definition", "drain.asl.json", "--mock-config", "mocks.json", "--test-case", "Happy",
            "--substitution", "CallArn=arn:aws:states:::lambda:invoke");

        Assert.True(exitCode == ExitCodes.Success, error);
        Assert.Equal("""{"ok":true}""", JsonNode.Parse(output)!["output"]!.ToJsonString());
    }

    [Fact]
    public void Run_FailedExecution_ExitsOneWithErrorAndCause()
    {
        using var cli = new CliRunner();
        cli.WriteFile("drain.asl.json", TaskMachine);
        cli.WriteFile("mocks.json", Mocks);

        var (exitCode, output, _) = cli.Run("run", "--definition", "drain.asl.json", "--mock-config", "mocks.json", "--test-case", "Sad",
            "--substitution", "CallArn=arn:aws:states:::lambda:invoke");

        Assert.Equal(ExitCodes.Failed, exitCode);
        var json = JsonNode.Parse(output)!;
        Assert.Equal(("FAILED", "Broken", "it broke"), ((string?)json["status"], (string?)json["error"], (string?)json["cause"]));
    }

    [Fact]
    public void Run_TimedOut_ExitsOne()
    {
        using var cli = new CliRunner();
        cli.WriteFile("t.asl.json", """{"TimeoutSeconds":5,"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":10,"End":true}}}""");

        var (exitCode, output, _) = cli.Run("run", "--definition", "t.asl.json");

        Assert.Equal(ExitCodes.Failed, exitCode);
        Assert.Equal("TIMED_OUT", (string?)JsonNode.Parse(output)!["status"]);
    }

    [Fact]
    public void Run_InvalidDefinition_ExitsTwoNamingFileAndPath()
    {
        using var cli = new CliRunner();
        cli.WriteFile("bad.asl.json", """{"StartAt":"A","States":{"A":{"Type":"Pass","Next":"Nowhere"}}}""");

        var (exitCode, output, error) = cli.Run("run", "--definition", "bad.asl.json");

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.Empty(output);
        Assert.Contains("bad.asl.json: $.States.A.Next", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_MissingSubstitution_ExitsTwo()
    {
        using var cli = new CliRunner();
        cli.WriteFile("drain.asl.json", TaskMachine);

        var (exitCode, _, error) = cli.Run("run", "--definition", "drain.asl.json", "--substitution", "Other=x");

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.Contains("$.States.Call.Resource", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--input", "{not json")]
    [InlineData("--input-file", "missing.json")]
    [InlineData("--test-case", "Happy")]
    [InlineData("--mock-config", "missing.json")]
    [InlineData("--substitution", "novalue")]
    public void Run_BadUsage_ExitsTwo(string option, string value)
    {
        using var cli = new CliRunner();
        cli.WriteFile("m.asl.json", PassMachine);

        var (exitCode, output, error) = cli.Run("run", "--definition", "m.asl.json", option, value);

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.Empty(output);
        Assert.NotEmpty(error);
    }

    [Fact]
    public void Run_MissingDefinitionFile_ExitsTwo()
    {
        using var cli = new CliRunner();
        var (exitCode, _, error) = cli.Run("run", "--definition", "nope.asl.json");
        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.Contains("nope.asl.json", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UnknownTestCase_ExitsTwo()
    {
        using var cli = new CliRunner();
        cli.WriteFile("drain.asl.json", TaskMachine);
        cli.WriteFile("mocks.json", Mocks);

        var (exitCode, _, error) = cli.Run("run", "--definition", "drain.asl.json", "--mock-config", "mocks.json", "--test-case", "Nope");

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.Contains("'Nope'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_MockConfigWithoutTestCase_NamesTheMissingOptionAndTheCases()
    {
        using var cli = new CliRunner();
        cli.WriteFile("drain.asl.json", TaskMachine);
        cli.WriteFile("mocks.json", Mocks);

        var (exitCode, output, error) = cli.Run("run", "--definition", "drain.asl.json", "--mock-config", "mocks.json");

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.Empty(output);
        Assert.Contains("--mock-config needs --test-case NAME", error, StringComparison.Ordinal);
        Assert.Contains("Happy, Sad", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UnfilledPlaceholderWithoutMocks_IsAnErrorNamingItAndItsPath()
    {
        using var cli = new CliRunner();
        cli.WriteFile("drain.asl.json", TaskMachine);

        var (exitCode, output, error) = cli.Run("run", "--definition", "drain.asl.json");

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.Empty(output);
        Assert.Contains("drain.asl.json: $.States.Call.Resource: no value for the placeholder '${CallArn}'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_PlaceholderOnlyInATaskStateWithMocks_NeedsNoSubstitution()
    {
        using var cli = new CliRunner();
        cli.WriteFile("drain.asl.json", TaskMachine);
        cli.WriteFile("mocks.json", Mocks);

        var (exitCode, output, error) = cli.Run("run", "--definition", "drain.asl.json", "--mock-config", "mocks.json", "--test-case", "Happy");

        Assert.True(exitCode == ExitCodes.Success, error);
        Assert.Equal("""{"ok":true}""", JsonNode.Parse(output)!["output"]!.ToJsonString());
    }

    [Fact]
    public void Run_PlaceholderOutsideTaskStatesWithMocks_IsAnError()
    {
        using var cli = new CliRunner();
        cli.WriteFile("drain.asl.json", """
            {"StartAt":"Setup","States":{"Setup":{"Type":"Pass","Parameters":{"Queue":"${QueueUrl}"},"Next":"Call"},
             "Call":{"Type":"Task","Resource":"${CallArn}","Retry":[{"ErrorEquals":["Busy"]}],"End":true}}}
            """);
        cli.WriteFile("mocks.json", Mocks);

        var (exitCode, _, error) = cli.Run("run", "--definition", "drain.asl.json", "--mock-config", "mocks.json", "--test-case", "Happy");
        var (filledExit, filledOut, filledError) = cli.Run("run", "--definition", "drain.asl.json", "--mock-config", "mocks.json", "--test-case", "Happy",
            "--substitution", "QueueUrl=https://sqs.us-east-1.amazonaws.com/123456789012/work");

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.Contains("$.States.Setup.Parameters.Queue: no value for the placeholder '${QueueUrl}'", error, StringComparison.Ordinal);
        Assert.DoesNotContain("CallArn", error, StringComparison.Ordinal);
        Assert.True(filledExit == ExitCodes.Success, filledError);
        Assert.Equal("""{"ok":true}""", JsonNode.Parse(filledOut)!["output"]!.ToJsonString());
    }

    [Fact]
    public void RunHelp_SaysHowTheFileNameSelectsTheMockStateMachine()
    {
        using var cli = new CliRunner();

        var (exitCode, output, _) = cli.Run("run", "--help");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("file name", output, StringComparison.Ordinal);
        Assert.Contains("without .asl.json", output, StringComparison.Ordinal);
    }
}
