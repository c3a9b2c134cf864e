using System.Text;
using System.Text.Json.Nodes;
using Orchestrator.Functions.Hosting;
using Orchestrator.States.Execution;
using Orchestrator.States.Mocks;
using Orchestrator.States.Model;

namespace Orchestrator.Cli.Tests;

/// <summary>Every test case of statemachines/mocks/ runs with the command README.md shows, reaches
/// the end its design gives it, and mocks the Lambda functions with what they really answer.</summary>
public class MockSampleTests
{
    public static TheoryData<string, string, string, string, string> Cases => MockSamples.Cases;

    [Theory]
    [MemberData(nameof(Cases))]
    public void Run_SampleTestCase_ReachesItsEnd(string machine, string testCase, string input, string status, string end)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = CliApp.Run(
            ["run", "--definition", $"statemachines/{machine}.asl.json", "--mock-config", $"statemachines/mocks/{machine}.json",
             "--test-case", testCase, "--input-file", input],
            output, error, MockSamples.Root);

        Assert.True(exitCode == (status == "SUCCEEDED" ? ExitCodes.Success : ExitCodes.Failed), $"exit {exitCode}: {error}{output}");
        var result = JsonNode.Parse(output.ToString())!;
        Assert.Equal(status, (string?)result["status"]);
        if (status != "SUCCEEDED")
        {
            Assert.Equal(end, (string?)result["error"]);
            return;
        }

        foreach (var (key, value) in JsonNode.Parse(end)!.AsObject())
        {
            Assert.True(JsonNode.DeepEquals(value, result["output"]?[key]), $"output.{key}: expected {value?.ToJsonString()}, got {result["output"]?[key]?.ToJsonString()}");
        }
    }

    /// <summary>Run on the example stack's substitutions, each mocked Lambda answer must be what
    /// the function itself returns for the input the state gave it: the mocks are not invented.</summary>
    [Theory]
    [MemberData(nameof(Cases))]
    public async Task MockedLambdaAnswers_AreWhatTheFunctionsReturnForThatInput(string machine, string testCase, string input, string status, string end)
    {
        _ = (status, end);
        var definition = StateMachine.Parse(File.ReadAllText(Path.Combine(MockSamples.Root, "statemachines", $"{machine}.asl.json")), MockSamples.Substitutions);
        var mocks = MockConfiguration.Parse(File.ReadAllText(Path.Combine(MockSamples.Root, "statemachines", "mocks", $"{machine}.json")));
        var result = LocalRunner.Run(definition, JsonNode.Parse(File.ReadAllText(Path.Combine(MockSamples.Root, input))),
            new RunOptions { Mocks = mocks, TestCase = testCase, StateMachineName = machine });

        var checkedCalls = 0;
        HistoryEvent? scheduled = null;
        foreach (var e in result.History)
        {
            if (e.Type == "LambdaFunctionScheduled")
            {
                scheduled = e;
            }
            else if (e.Type == "LambdaFunctionSucceeded" && scheduled is not null)
            {
                var function = scheduled.Resource![(scheduled.Resource!.LastIndexOf(':') + 1)..];
                var handler = HandlerTable.Find(function) ?? throw new InvalidOperationException($"no function '{function}'");
                await using var stream = await handler.InvokeAsync(new MemoryStream(Encoding.UTF8.GetBytes(scheduled.Input!.ToJsonString())));
                var real = JsonNode.Parse(stream);
                Assert.True(JsonNode.DeepEquals(real, e.Output),
                    $"{testCase}: the mock of {function} answers {e.Output?.ToJsonString()}, the function answers {real?.ToJsonString()} for {scheduled.Input!.ToJsonString()}");
                checkedCalls++;
                scheduled = null;
            }
        }

        Assert.True(checkedCalls > 0, $"{testCase} mocks no Lambda answer");
    }

    [Fact]
    public void EveryMockConfiguration_IsForADefinition_AndEveryTestCaseIsRun()
    {
        var listed = Cases.Select(c => ((string)c[0], (string)c[1])).ToHashSet();
        var files = Directory.GetFiles(Path.Combine(MockSamples.Root, "statemachines", "mocks"), "*.json")
            .Where(f => Path.GetFileName(f) != "substitutions.json").ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var machine = Path.GetFileNameWithoutExtension(file);
            Assert.True(File.Exists(Path.Combine(MockSamples.Root, "statemachines", $"{machine}.asl.json")), $"{file} mocks no definition");
            var cases = MockConfiguration.Parse(File.ReadAllText(file)).TestCaseNames(machine);
            Assert.NotNull(cases);
            Assert.All(cases, c => Assert.Contains((machine, c), listed));
        }
    }
}
