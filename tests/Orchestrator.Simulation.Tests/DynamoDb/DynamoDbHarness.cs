using System.Text.Json.Nodes;
using Orchestrator.Simulation.Services;
using Orchestrator.Simulation.Services.DynamoDb;
using Orchestrator.States.Timing;

namespace Orchestrator.Simulation.Tests.DynamoDb;

/// <summary>A simulated DynamoDB with table "leases" (partition key "pk", a string) on a fresh clock.</summary>
internal sealed class DynamoDbHarness
{
    public static readonly DateTimeOffset Start = new(2026, 1, 5, 12, 0, 0, TimeSpan.Zero);

    public DynamoDbHarness(DynamoDbOptions? options = null)
    {
        Scheduler = new Scheduler(Start);
        Db = new SimulatedDynamoDb(Scheduler, new SeededRandom(7), options);
        Db.Invoke("CreateTable", Json("""
            {"TableName":"leases","KeySchema":[{"AttributeName":"pk","KeyType":"HASH"}],
             "AttributeDefinitions":[{"AttributeName":"pk","AttributeType":"S"}],"BillingMode":"PAY_PER_REQUEST"}
            """));
    }

    public Scheduler Scheduler { get; }

    public SimulatedDynamoDb Db { get; }

    public static JsonObject Json(string text) => JsonNode.Parse(text)!.AsObject();

    public JsonNode Call(string operation, string request) => Db.Invoke(operation, Json(request));

    public AwsServiceException Fails(string operation, string request) =>
        Assert.Throws<AwsServiceException>(() => Db.Invoke(operation, Json(request)));

    public JsonNode? Get(string pk) => Call("GetItem", $$$$"""{"TableName":"leases","Key":{"pk":{"S":"{{{{pk}}}}"}}}""")["Item"];
}
