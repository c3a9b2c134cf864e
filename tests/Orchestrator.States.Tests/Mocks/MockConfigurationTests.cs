using System.Text.Json.Nodes;
using Orchestrator.States.Mocks;

namespace Orchestrator.States.Tests.Mocks;

public class MockConfigurationTests
{
    // The example from the AWS Step Functions Local docs ("Mock configuration file structure").
    private const string AwsExample = """
        {"StateMachines":{"LambdaSQSIntegration":{"TestCases":{
           "HappyPath":{"LambdaState":"MockedLambdaSuccess","SQSState":"MockedSQSSuccess"},
           "RetryPath":{"LambdaState":"MockedLambdaRetry","SQSState":"MockedSQSSuccess"},
           "HybridPath":{"LambdaState":"MockedLambdaSuccess"}}}},
         "MockedResponses":{
           "MockedLambdaSuccess":{"0":{"Return":{"StatusCode":200,"Payload":{"StatusCode":200,"body":"Hello from Lambda!"}}}},
           "LambdaMockedResourceNotReady":{"0":{"Throw":{"Error":"Lambda.ResourceNotReadyException","Cause":"Lambda resource is not ready."}}},
           "MockedSQSSuccess":{"0":{"Return":{"MD5OfMessageBody":"3bcb6e8e-7h85-4375-b0bc-1a59812c6e51","MessageId":"3bcb6e8e-8b51-4375-b0bc-1a59812c6e51"}}},
           "MockedLambdaRetry":{"0":{"Throw":{"Error":"Lambda.ResourceNotReadyException","Cause":"Lambda resource is not ready."}},
             "1-2":{"Throw":{"Error":"Lambda.TimeoutException","Cause":"Lambda timed out."}},
             "3":{"Return":{"StatusCode":200,"Payload":{"StatusCode":200,"body":"Hello from Lambda!"}}}}}}
        """;

    [Fact]
    public void Parse_AwsExample_ResolvesTestCases()
    {
        var config = MockConfiguration.Parse(AwsExample);
        var retry = config.Resolve("LambdaSQSIntegration", "RetryPath")["LambdaState"];

        Assert.Equal("Lambda.ResourceNotReadyException", retry.For(0)!.Error);
        Assert.Equal("Lambda.TimeoutException", retry.For(1)!.Error);
        Assert.Equal("Lambda timed out.", retry.For(2)!.Cause);
        Assert.False(retry.For(3)!.IsThrow);
        Assert.Null(retry.For(4));
        Assert.Equal(4, retry.Count);
        Assert.Single(config.Resolve("LambdaSQSIntegration", "HybridPath"));
    }

    [Fact]
    public void Resolve_UnknownMachineOrCase_ThrowsNamingIt()
    {
        var config = MockConfiguration.Parse(AwsExample);
        Assert.Contains("'Other'", Assert.Throws<KeyNotFoundException>(() => config.Resolve("Other", "HappyPath")).Message, StringComparison.Ordinal);
        Assert.Contains("'Sad'", Assert.Throws<KeyNotFoundException>(() => config.Resolve("LambdaSQSIntegration", "Sad")).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"StateMachines":{"M":{"TestCases":{"C":{"S":"Missing"}}}},"MockedResponses":{}}""", "Missing")]
    [InlineData("""{"StateMachines":{"M":{"TestCases":{"C":{"S":"R"}}}},"MockedResponses":{"R":{"1":{"Return":1}}}}""", "expected 0")]
    [InlineData("""{"StateMachines":{"M":{"TestCases":{"C":{"S":"R"}}}},"MockedResponses":{"R":{"0-1":{"Return":1},"1":{"Return":2}}}}""", "overlaps")]
    [InlineData("""{"StateMachines":{"M":{"TestCases":{"C":{"S":"R"}}}},"MockedResponses":{"R":{"x":{"Return":1}}}}""", "'x'")]
    [InlineData("""{"StateMachines":{"M":{"TestCases":{"C":{"S":"R"}}}},"MockedResponses":{"R":{"0":{"Return":1,"Throw":{"Error":"E"}}}}}""", "exactly one")]
    [InlineData("""{"StateMachines":{"M":{}}}""", "TestCases")]
    [InlineData("""{"MockedResponses":{}}""", "StateMachines")]
    [InlineData("""{"StateMachines":""", "malformed")]
    public void Parse_Invalid_FormatExceptionExplains(string json, string part) =>
        Assert.Contains(part, Assert.Throws<FormatException>(() => MockConfiguration.Parse(json)).Message, StringComparison.Ordinal);

    [Fact]
    public void ForStates_AnyMachineAndCase()
    {
        var config = MockConfiguration.ForStates(new Dictionary<string, JsonNode> { ["S"] = JsonNode.Parse("""{"0":{"Return":{"a":1}}}""")! });
        Assert.Equal("""{"a":1}""", config.Resolve("whatever", null)["S"].For(0)!.Return!.ToJsonString());
    }
}
