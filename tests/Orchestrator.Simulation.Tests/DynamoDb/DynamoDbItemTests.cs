using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Tests.DynamoDb;

/// <summary>
/// Item operations; expectations from the DynamoDB API reference (PutItem, GetItem, DeleteItem,
/// UpdateItem, CreateTable: responses, ReturnValues, errors) and the developer guide's "Condition
/// expressions" and "Update expressions" pages.
/// </summary>
public sealed class DynamoDbItemTests
{
    private readonly DynamoDbHarness _h = new();

    [Fact]
    public void PutItem_ThenGetItem_ReturnsItem()
    {
        _h.Call("PutItem", """{"TableName":"leases","Item":{"pk":{"S":"q1"},"owner":{"S":"exec-1"},"n":{"N":"3"},"tags":{"SS":["a","b"]},"m":{"M":{"x":{"BOOL":true},"y":{"NULL":true}}},"l":{"L":[{"N":"1"},{"S":"z"}]}}}""");
        var item = _h.Get("q1")!;
        Assert.Equal("exec-1", item["owner"]!["S"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"M":{"x":{"BOOL":true},"y":{"NULL":true}}}"""), item["m"]));
    }

    // GetItem: "If there is no matching item, GetItem does not return any data and there will be no Item element in the response."
    [Fact]
    public void GetItem_Missing_NoItemElement() =>
        Assert.Null(_h.Call("GetItem", """{"TableName":"leases","Key":{"pk":{"S":"none"}}}""")["Item"]);

    // API reference, Common errors / ResourceNotFoundException; recorded in AWS-FACTS as DynamoDb.ResourceNotFoundException.
    [Fact]
    public void GetItem_UnknownTable_ResourceNotFound() =>
        Assert.Equal("ResourceNotFoundException", _h.Fails("GetItem", """{"TableName":"nope","Key":{"pk":{"S":"a"}}}""").Code);

    [Fact]
    public void PutItem_MissingKey_ValidationException()
    {
        var error = _h.Fails("PutItem", """{"TableName":"leases","Item":{"owner":{"S":"x"}}}""");
        Assert.Equal("ValidationException", error.Code);
        Assert.Contains("Missing the key pk", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PutItem_KeyTypeMismatch_ValidationException() =>
        Assert.Contains("Type mismatch for key pk expected: S actual: N",
            _h.Fails("PutItem", """{"TableName":"leases","Item":{"pk":{"N":"1"}}}""").Message, StringComparison.Ordinal);

    [Fact]
    public void GetItem_ExtraKeyAttribute_DoesNotMatchSchema() =>
        Assert.Contains("does not match the schema",
            _h.Fails("GetItem", """{"TableName":"leases","Key":{"pk":{"S":"a"},"sk":{"S":"b"}}}""").Message, StringComparison.Ordinal);

    // PutItem ReturnValues ALL_OLD: "If PutItem overwrote an attribute name-value pair, then the content of the old item is returned."
    [Fact]
    public void PutItem_ReturnValuesAllOld_ReturnsReplacedItem()
    {
        Assert.Null(_h.Call("PutItem", """{"TableName":"leases","Item":{"pk":{"S":"a"},"v":{"N":"1"}},"ReturnValues":"ALL_OLD"}""")["Attributes"]);
        var answer = _h.Call("PutItem", """{"TableName":"leases","Item":{"pk":{"S":"a"},"v":{"N":"2"}},"ReturnValues":"ALL_OLD"}""");
        Assert.Equal("1", answer["Attributes"]!["v"]!["N"]!.GetValue<string>());
    }

    // PutItem: ReturnValues other than NONE and ALL_OLD are rejected.
    [Fact]
    public void PutItem_ReturnValuesAllNew_ValidationException() =>
        Assert.Equal("Return values set to invalid value",
            _h.Fails("PutItem", """{"TableName":"leases","Item":{"pk":{"S":"a"}},"ReturnValues":"ALL_NEW"}""").Message);

    [Fact]
    public void DeleteItem_ReturnValuesAllOld_RemovesAndReturns()
    {
        _h.Call("PutItem", """{"TableName":"leases","Item":{"pk":{"S":"a"},"v":{"N":"1"}}}""");
        var answer = _h.Call("DeleteItem", """{"TableName":"leases","Key":{"pk":{"S":"a"}},"ReturnValues":"ALL_OLD"}""");
        Assert.Equal("1", answer["Attributes"]!["v"]!["N"]!.GetValue<string>());
        Assert.Null(_h.Get("a"));
    }

    [Fact]
    public void CreateTable_Twice_ResourceInUse() =>
        Assert.Equal("ResourceInUseException", _h.Fails("CreateTable", """
            {"TableName":"leases","KeySchema":[{"AttributeName":"pk","KeyType":"HASH"}],"AttributeDefinitions":[{"AttributeName":"pk","AttributeType":"S"}]}
            """).Code);

    [Fact]
    public void CreateTable_CompositeKey_NumberSortKeyNormalized()
    {
        _h.Call("CreateTable", """
            {"TableName":"runs","KeySchema":[{"AttributeName":"q","KeyType":"HASH"},{"AttributeName":"n","KeyType":"RANGE"}],
             "AttributeDefinitions":[{"AttributeName":"q","AttributeType":"S"},{"AttributeName":"n","AttributeType":"N"}]}
            """);
        _h.Call("PutItem", """{"TableName":"runs","Item":{"q":{"S":"a"},"n":{"N":"1"},"v":{"S":"first"}}}""");
        // Numbers are compared by value: 1.0 is the same key as 1.
        var item = _h.Call("GetItem", """{"TableName":"runs","Key":{"q":{"S":"a"},"n":{"N":"1.0"}}}""")["Item"];
        Assert.Equal("first", item!["v"]!["S"]!.GetValue<string>());
    }

    [Fact]
    public void Invoke_UnknownMember_ValidationFromModel() =>
        Assert.Equal("ValidationException", _h.Fails("GetItem", """{"TableName":"leases","Key":{"pk":{"S":"a"}},"Bogus":1}""").Code);

    // AWS-FACTS: aws-sdk integration errors are <Service>.<Java v2 class>; recorded DynamoDb.ResourceNotFoundException.
    [Theory]
    [InlineData("ResourceNotFoundException", "DynamoDb.ResourceNotFoundException")]
    [InlineData("ConditionalCheckFailedException", "DynamoDb.ConditionalCheckFailedException")]
    public void Errors_MapToStepFunctionsNames(string code, string expected) =>
        Assert.Equal(expected, Orchestrator.Simulation.Models.AwsErrorNames.ForSdkIntegration("dynamodb", code));

    // Quotas: "The maximum item size in DynamoDB is 400 KB", names and values counted in UTF-8.
    [Fact]
    public void PutItem_Over400KB_ValidationException()
    {
        var big = new System.Text.Json.Nodes.JsonObject
        {
            ["TableName"] = "leases",
            ["Item"] = new System.Text.Json.Nodes.JsonObject { ["pk"] = new System.Text.Json.Nodes.JsonObject { ["S"] = "a" }, ["blob"] = new System.Text.Json.Nodes.JsonObject { ["S"] = new string('x', 400 * 1024) } },
        };
        Assert.Equal("Item size has exceeded the maximum allowed size", Assert.Throws<Orchestrator.Simulation.Services.AwsServiceException>(() => _h.Db.Invoke("PutItem", big)).Message);
    }
}
