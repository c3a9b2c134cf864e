namespace Orchestrator.Simulation.Tests.DynamoDb;

/// <summary>
/// Condition and update expressions, per the DynamoDB developer guide ("Condition expressions",
/// "Comparison operator and function reference", "Update expressions") and the API reference
/// (ConditionalCheckFailedException "The conditional request failed"; placeholder errors).
/// </summary>
public sealed class DynamoDbExpressionTests
{
    private readonly DynamoDbHarness _h = new();

    public DynamoDbExpressionTests() =>
        _h.Call("PutItem", """{"TableName":"leases","Item":{"pk":{"S":"q1"},"holder":{"S":"exec-1"},"expires":{"N":"100"},"count":{"N":"2"},"tags":{"SS":["a"]}}}""");

    // The lease pattern: take it only when absent or expired.
    [Theory]
    [InlineData("attribute_not_exists(pk) OR expires < :now", "150", true)]
    [InlineData("attribute_not_exists(pk) OR expires < :now", "50", false)]
    [InlineData("attribute_not_exists(pk) OR (expires < :now AND NOT (#o = :now))", "150", true)]
    [InlineData("expires BETWEEN :now AND :now", "100", true)]
    [InlineData("expires >= :now", "100", true)]
    [InlineData("expires > :now", "100", false)]
    [InlineData("expires <= :now", "99", false)]
    [InlineData("expires <> :now", "99", true)]
    [InlineData("expires IN (:now)", "100", true)]
    public void PutItem_Condition_EvaluatedOnCurrentItem(string condition, string now, bool succeeds)
    {
        var names = condition.Contains("#o", StringComparison.Ordinal) ? ""","ExpressionAttributeNames":{"#o":"holder"}""" : string.Empty;
        var request = $$$"""{"TableName":"leases","Item":{"pk":{"S":"q1"},"holder":{"S":"exec-2"}},"ConditionExpression":"{{{condition}}}","ExpressionAttributeValues":{":now":{"N":"{{{now}}}"}}{{{names}}}}""";
        if (succeeds)
        {
            _h.Call("PutItem", request);
            Assert.Equal("exec-2", _h.Get("q1")!["holder"]!["S"]!.GetValue<string>());
        }
        else
        {
            var error = _h.Fails("PutItem", request);
            Assert.Equal("ConditionalCheckFailedException", error.Code);
            Assert.Equal("The conditional request failed", error.Message);
            Assert.Equal("exec-1", _h.Get("q1")!["holder"]!["S"]!.GetValue<string>());
        }
    }

    [Theory]
    [InlineData("attribute_exists(holder)", true)]
    [InlineData("attribute_not_exists(holder)", false)]
    [InlineData("begins_with(holder, :p)", true)]
    [InlineData("contains(tags, :a)", true)]
    [InlineData("contains(holder, :x)", true)]
    [InlineData("attribute_type(expires, :n)", true)]
    [InlineData("size(holder) = :six", true)]
    [InlineData("holder < :n", false)]
    public void DeleteItem_ConditionFunctions_Evaluate(string condition, bool succeeds)
    {
        var values = """{":p":{"S":"exec"},":a":{"S":"a"},":x":{"S":"c-1"},":n":{"S":"N"},":six":{"N":"6"}}""";
        var used = string.Join(",", new[] { ":p", ":a", ":x", ":n", ":six" }.Where(v => System.Text.RegularExpressions.Regex.IsMatch(condition, v + @"\b"))
            .Select(v => $"\"{v}\":" + System.Text.Json.Nodes.JsonNode.Parse(values)![v]!.ToJsonString()));
        var request = $$$"""{"TableName":"leases","Key":{"pk":{"S":"q1"}},"ConditionExpression":"{{{condition}}}","ExpressionAttributeValues":{{{{used}}}}}""";
        if (succeeds)
        {
            _h.Call("DeleteItem", request);
            Assert.Null(_h.Get("q1"));
        }
        else
        {
            Assert.Equal("ConditionalCheckFailedException", _h.Fails("DeleteItem", request).Code);
        }
    }

    [Fact]
    public void UpdateItem_SetAddRemove_AllNew()
    {
        var answer = _h.Call("UpdateItem", """
            {"TableName":"leases","Key":{"pk":{"S":"q1"}},
             "UpdateExpression":"SET #o = :me, expires = expires + :d, firstSeen = if_not_exists(firstSeen, :now) REMOVE tags ADD #c :one",
             "ExpressionAttributeNames":{"#o":"holder","#c":"count"},
             "ExpressionAttributeValues":{":me":{"S":"exec-9"},":d":{"N":"60"},":now":{"N":"7"},":one":{"N":"1"}},
             "ReturnValues":"ALL_NEW"}
            """);
        var item = answer["Attributes"]!;
        Assert.Equal("exec-9", item["holder"]!["S"]!.GetValue<string>());
        Assert.Equal("160", item["expires"]!["N"]!.GetValue<string>());
        Assert.Equal("7", item["firstSeen"]!["N"]!.GetValue<string>());
        Assert.Equal("3", item["count"]!["N"]!.GetValue<string>());
        Assert.Null(item["tags"]);
    }

    // UpdateItem "Edits an existing item's attributes, or adds a new item to the table if it does not already exist."
    [Fact]
    public void UpdateItem_MissingItem_CreatesWithKey()
    {
        var answer = _h.Call("UpdateItem", """{"TableName":"leases","Key":{"pk":{"S":"new"}},"UpdateExpression":"ADD hits :one","ExpressionAttributeValues":{":one":{"N":"1"}},"ReturnValues":"ALL_NEW"}""");
        Assert.Equal("new", answer["Attributes"]!["pk"]!["S"]!.GetValue<string>());
        Assert.Equal("1", answer["Attributes"]!["hits"]!["N"]!.GetValue<string>());
    }

    [Fact]
    public void UpdateItem_ReturnValuesUpdatedOld_OnlyChangedAttributes()
    {
        var answer = _h.Call("UpdateItem", """{"TableName":"leases","Key":{"pk":{"S":"q1"}},"UpdateExpression":"SET expires = :e","ExpressionAttributeValues":{":e":{"N":"500"}},"ReturnValues":"UPDATED_OLD"}""");
        var attributes = answer["Attributes"]!.AsObject();
        Assert.Single(attributes);
        Assert.Equal("100", attributes["expires"]!["N"]!.GetValue<string>());
    }

    [Fact]
    public void UpdateItem_ConditionFails_ItemUnchanged()
    {
        var error = _h.Fails("UpdateItem", """{"TableName":"leases","Key":{"pk":{"S":"q1"}},"UpdateExpression":"SET #o = :me","ConditionExpression":"#o = :me","ExpressionAttributeNames":{"#o":"holder"},"ExpressionAttributeValues":{":me":{"S":"exec-7"}}}""");
        Assert.Equal("ConditionalCheckFailedException", error.Code);
        Assert.Equal("exec-1", _h.Get("q1")!["holder"]!["S"]!.GetValue<string>());
    }

    [Fact]
    public void UpdateItem_KeyAttribute_ValidationException() =>
        Assert.Contains("This attribute is part of the key",
            _h.Fails("UpdateItem", """{"TableName":"leases","Key":{"pk":{"S":"q1"}},"UpdateExpression":"SET pk = :x","ExpressionAttributeValues":{":x":{"S":"other"}}}""").Message, StringComparison.Ordinal);

    [Fact]
    public void UpdateItem_ListAppendAndDelete_Apply()
    {
        _h.Call("UpdateItem", """{"TableName":"leases","Key":{"pk":{"S":"q1"}},"UpdateExpression":"SET history = list_append(if_not_exists(history, :empty), :entry) DELETE tags :a","ExpressionAttributeValues":{":empty":{"L":[]},":entry":{"L":[{"S":"x"}]},":a":{"SS":["a"]}}}""");
        var item = _h.Get("q1")!;
        Assert.Equal("x", item["history"]!["L"]![0]!["S"]!.GetValue<string>());
        Assert.Null(item["tags"]);
    }

    [Theory]
    [InlineData("""{"TableName":"leases","Key":{"pk":{"S":"q1"}},"ConditionExpression":"holder = :missing"}""", "An expression attribute value used in expression is not defined; attribute value: :missing")]
    [InlineData("""{"TableName":"leases","Key":{"pk":{"S":"q1"}},"ConditionExpression":"attribute_exists(holder)","ExpressionAttributeValues":{":x":{"S":"a"}}}""", "Value provided in ExpressionAttributeValues unused in expressions: keys: {:x}")]
    [InlineData("""{"TableName":"leases","Key":{"pk":{"S":"q1"}},"ConditionExpression":"attribute_exists(holder)","ExpressionAttributeNames":{"#x":"a"}}""", "Value provided in ExpressionAttributeNames unused in expressions: keys: {#x}")]
    [InlineData("""{"TableName":"leases","Key":{"pk":{"S":"q1"}},"ConditionExpression":"holder = = :x","ExpressionAttributeValues":{":x":{"S":"a"}}}""", "Invalid ConditionExpression: Syntax error; token: \"=\"")]
    [InlineData("""{"TableName":"leases","Key":{"pk":{"S":"q1"}},"ConditionExpression":"attribute_exists(#nope)"}""", "ExpressionAttributeNames is not defined; attribute name: #nope")]
    public void DeleteItem_BadExpression_ValidationException(string request, string expected)
    {
        var error = _h.Fails("DeleteItem", request);
        Assert.Equal("ValidationException", error.Code);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UpdateItem_SetTwice_ValidationException() =>
        Assert.Contains("can only be used once",
            _h.Fails("UpdateItem", """{"TableName":"leases","Key":{"pk":{"S":"q1"}},"UpdateExpression":"SET a = :x SET b = :x","ExpressionAttributeValues":{":x":{"S":"a"}}}""").Message, StringComparison.Ordinal);

    // Developer guide "Reserved words in DynamoDB": a reserved word needs an ExpressionAttributeNames placeholder.
    [Theory]
    [InlineData("""{"TableName":"leases","Key":{"pk":{"S":"q1"}},"UpdateExpression":"SET status = :s","ExpressionAttributeValues":{":s":{"S":"x"}}}""", "Invalid UpdateExpression: Attribute name is a reserved keyword; reserved keyword: status")]
    [InlineData("""{"TableName":"leases","Key":{"pk":{"S":"q1"}},"UpdateExpression":"SET a = :s","ConditionExpression":"attribute_exists(Owner)","ExpressionAttributeValues":{":s":{"S":"x"}}}""", "Invalid ConditionExpression: Attribute name is a reserved keyword; reserved keyword: Owner")]
    public void UpdateItem_ReservedWordAsName_ValidationException(string request, string expected) =>
        Assert.Equal(expected, _h.Fails("UpdateItem", request).Message);

    [Fact]
    public void UpdateItem_ReservedWordThroughPlaceholder_Allowed() =>
        _h.Call("UpdateItem", """{"TableName":"leases","Key":{"pk":{"S":"q1"}},"UpdateExpression":"SET #s = :s","ExpressionAttributeNames":{"#s":"status"},"ExpressionAttributeValues":{":s":{"S":"x"}}}""");
}
