using System.Text.Json.Nodes;
using Orchestrator.Simulation.Models;
using Orchestrator.States.Timing;

namespace Orchestrator.Simulation.Services.DynamoDb;

/// <summary>
/// Simulated Amazon DynamoDB, items only: tables with a partition key and optional sort key;
/// PutItem, GetItem, DeleteItem and UpdateItem with condition and update expressions and
/// ReturnValues; time to live on the virtual clock. Used for the queue-drain lease and idempotency
/// records.
/// </summary>
/// <remarks>
/// <para>Requests are validated against the DynamoDB API model first; errors use the model's shapes
/// (ValidationException, ResourceNotFoundException, ConditionalCheckFailedException…). A new table
/// is answered CREATING, as AWS does, but is usable at once (no activation delay is modelled).</para>
/// <para>TTL: an item whose TTL attribute (a number, epoch seconds) is at or before now minus
/// <see cref="DynamoDbOptions.TtlDeletionDelay"/> is deleted when the table is next touched, before
/// the request runs, so reads, conditions and updates all see it gone. With the default delay of zero
/// that is the moment it expires; AWS deletes within days and may return expired items until then
/// (see the option). TTL values more than five years in the past are ignored, as AWS ignores them.</para>
/// <para>Not modelled: Query, Scan, indexes, batches, transactions, reserved-word checks on
/// attribute names, capacity and item size limits.</para>
/// </remarks>
public sealed partial class SimulatedDynamoDb : ISimulatedService
{
    private readonly Scheduler _scheduler;
    private readonly SeededRandom _random;
    private readonly DynamoDbOptions _options;
    private readonly Dictionary<string, DynamoTable> _tables = new(StringComparer.Ordinal);

    /// <summary>Creates a DynamoDB with no tables.</summary>
    public SimulatedDynamoDb(Scheduler scheduler, SeededRandom random, DynamoDbOptions? options = null)
    {
        _scheduler = scheduler;
        _random = random;
        _options = options ?? new DynamoDbOptions();
    }

    /// <inheritdoc/>
    public string ServiceName => "dynamodb";

    /// <inheritdoc/>
    public JsonNode Invoke(string operation, JsonObject request) =>
        ServiceRequests.Answer(ServiceName, operation, request, _random, "UnknownOperationException", name => name switch
        {
            "CreateTable" => CreateTable(request),
            "DescribeTable" => new JsonObject { ["Table"] = Describe(Table(request), "ACTIVE") },
            "DeleteTable" => DeleteTable(request),
            "ListTables" => new JsonObject { ["TableNames"] = new JsonArray([.. _tables.Keys.Order(StringComparer.Ordinal).Select(n => JsonValue.Create(n))]) },
            "PutItem" => PutItem(request),
            "GetItem" => GetItem(request),
            "DeleteItem" => DeleteItem(request),
            "UpdateItem" => UpdateItem(request),
            "UpdateTimeToLive" => UpdateTimeToLive(request),
            "DescribeTimeToLive" => DescribeTimeToLive(request),
            _ => throw DynamoDbErrors.Unsupported(name),
        });

    private JsonObject CreateTable(JsonObject request)
    {
        var name = request["TableName"]!.GetValue<string>();
        if (_tables.ContainsKey(name))
        {
            throw DynamoDbErrors.TableInUse(name);
        }

        var keySchema = request["KeySchema"]?.AsArray() ?? throw DynamoDbErrors.Validation("1 validation error detected: Value null at 'keySchema' failed to satisfy constraint: Member must not be null");
        var definitions = request["AttributeDefinitions"]?.AsArray() ?? throw DynamoDbErrors.Validation("1 validation error detected: Value null at 'attributeDefinitions' failed to satisfy constraint: Member must not be null");
        var hashCount = keySchema.Count(k => k?["KeyType"]?.GetValue<string>() == "HASH");
        if (hashCount != 1 || keySchema.Count > 2)
        {
            throw DynamoDbErrors.Validation("1 validation error detected: the key schema needs exactly one HASH key and at most one RANGE key");
        }

        var table = new DynamoTable(name, $"arn:aws:dynamodb:{_options.Region}:{_options.AccountId}:table/{name}",
            (JsonArray)keySchema.DeepClone(), (JsonArray)definitions.DeepClone(), _scheduler.Now);
        _tables[name] = table;
        return new JsonObject { ["TableDescription"] = Describe(table, "CREATING") };
    }

    private JsonObject DeleteTable(JsonObject request)
    {
        var table = Table(request);
        _tables.Remove(table.Name);
        return new JsonObject { ["TableDescription"] = Describe(table, "DELETING") };
    }

    private JsonObject Describe(DynamoTable table, string status) => new()
    {
        ["TableName"] = table.Name,
        ["TableArn"] = table.Arn,
        ["TableStatus"] = status,
        ["KeySchema"] = table.KeySchema.DeepClone(),
        ["AttributeDefinitions"] = table.AttributeDefinitions.DeepClone(),
        ["CreationDateTime"] = table.Created.ToUnixTimeMilliseconds() / 1000.0,
        ["ItemCount"] = table.Items.Count,
        ["TableSizeBytes"] = table.Items.Values.Sum(i => (long)i.ToJsonString().Length),
        ["BillingModeSummary"] = new JsonObject { ["BillingMode"] = "PAY_PER_REQUEST" },
    };

    private DynamoTable Table(JsonObject request)
    {
        var name = request["TableName"]!.GetValue<string>();
        var table = _tables.GetValueOrDefault(name) ?? throw DynamoDbErrors.TableNotFound(name);
        SweepExpired(table);
        return table;
    }

    private void SweepExpired(DynamoTable table)
    {
        if (table.TtlAttribute is not { } attribute)
        {
            return;
        }

        var now = _scheduler.Now;
        foreach (var key in table.Items.Where(p => IsExpired(p.Value, attribute, now)).Select(p => p.Key).ToList())
        {
            table.Items.Remove(key);
        }
    }

    private bool IsExpired(JsonObject item, string attribute, DateTimeOffset now)
    {
        if (AttributeValues.Number(item[attribute]?["N"]) is not { } seconds || seconds < 0 || seconds > 253402300799m)
        {
            return false;
        }

        var expiry = DateTimeOffset.FromUnixTimeSeconds((long)seconds);
        return expiry + _options.TtlDeletionDelay <= now && expiry >= now.AddYears(-5);
    }
}
