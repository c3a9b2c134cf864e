using System.Text.Json.Nodes;
using Orchestrator.Simulation.Models;
using Orchestrator.Simulation.Scenarios;

namespace Orchestrator.Simulation.Tests.Workflows;

/// <summary>Fields of the lane's SQS calls (statemachines/queue-drain-lane.asl.json) that only a
/// real deployment would otherwise test.</summary>
public class LaneDefinitionTests
{
    private static readonly JsonObject Lane = JsonNode.Parse(StateMachineFiles.Read("queue-drain-lane.asl.json"))!.AsObject();

    public static TheoryData<string> ReceiveStates => ["ReceiveMessages", "ReceivePart"];

    /// <summary>Issue 19 point 1: the receive asks for ApproximateReceiveCount (poison isolation needs
    /// it) with <c>AttributeNames</c>: in every version of the SQS model, deprecated in the current
    /// one (../shared/aws-models/sqs.json: "discontinued but will be supported for backward
    /// compatibility"), while <c>MessageSystemAttributeNames</c> exists only in newer models, which the
    /// Step Functions aws-sdk integration is not documented to use (docs/QUEUE-DRAIN.md).</summary>
    [Theory]
    [MemberData(nameof(ReceiveStates))]
    public void Receive_AsksForTheReceiveCountWithTheFieldEveryModelVersionHas(string state)
    {
        var parameters = Find(Lane, state)!["Parameters"]!.AsObject();

        Assert.Equal(["ApproximateReceiveCount"], parameters["AttributeNames"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.False(parameters.ContainsKey("MessageSystemAttributeNames"), "MessageSystemAttributeNames may be unknown to the integration's SQS model");
        var member = ApiModel.Load("sqs").Shape("ReceiveMessageRequest")!["members"]!["AttributeNames"]!;
        Assert.True(member["deprecated"]!.GetValue<bool>()); // still in the model: accepted
    }

    /// <summary>Issue 15 point 1: every receive long-polls, so an empty answer means nothing was visible.</summary>
    [Theory]
    [MemberData(nameof(ReceiveStates))]
    public void Receive_LongPolls(string state) =>
        Assert.InRange(Find(Lane, state)!["Parameters"]!["WaitTimeSeconds"]!.GetValue<int>(), 1, 20);

    private static JsonObject? Find(JsonObject machine, string name)
    {
        var states = machine["States"]!.AsObject();
        if (states[name] is JsonObject found)
        {
            return found;
        }

        return states.Select(s => s.Value!["ItemProcessor"] as JsonObject).Where(p => p is not null).Select(p => Find(p!, name)).FirstOrDefault(f => f is not null);
    }
}
