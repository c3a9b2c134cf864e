using System.Globalization;
using System.Text.Json.Nodes;
using Orchestrator.Simulation.Account;

namespace Orchestrator.Simulation.Baselines;

/// <summary>What a scaler Lambda reads of the queue: GetQueueAttributes ApproximateNumberOfMessages (visible messages, now).</summary>
internal static class QueueLength
{
    public static int Visible(SimulatedAccount account, string queueUrl)
    {
        var attributes = account.Sqs.Invoke("GetQueueAttributes", new JsonObject { ["QueueUrl"] = queueUrl, ["AttributeNames"] = new JsonArray("ApproximateNumberOfMessages") });
        return int.Parse(attributes["Attributes"]!["ApproximateNumberOfMessages"]!.GetValue<string>(), CultureInfo.InvariantCulture);
    }
}
