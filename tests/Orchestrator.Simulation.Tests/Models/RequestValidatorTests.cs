using System.Text.Json.Nodes;
using Orchestrator.Simulation.Models;

namespace Orchestrator.Simulation.Tests.Models;

// Expectations come from the AWS API models (Models/Aws/*.json, botocore service-2.json):
// required lists, member names, enums, min/max.
public sealed class RequestValidatorTests
{
    private static JsonObject Json(string text) => JsonNode.Parse(text)!.AsObject();

    [Fact]
    public void Validate_ValidReceiveMessage_NoProblems()
    {
        var problems = RequestValidator.Validate("sqs", "ReceiveMessage", Json("""
            {"QueueUrl": "https://sqs.us-east-1.amazonaws.com/123456789012/q", "MaxNumberOfMessages": 10,
             "WaitTimeSeconds": 20, "MessageSystemAttributeNames": ["All"]}
            """));

        Assert.Empty(problems);
    }

    [Fact]
    public void Validate_UnknownMember_NamesIt()
    {
        var problems = RequestValidator.Validate("sqs", "SendMessage", Json("""{"QueueUrl": "u", "MessageBody": "b", "Bodyy": "x"}"""));

        var problem = Assert.Single(problems);
        Assert.StartsWith("Unknown parameter in input: \"Bodyy\"", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingRequired_NamesIt()
    {
        // SendMessageRequest.required = [QueueUrl, MessageBody]
        var problems = RequestValidator.Validate("sqs", "SendMessage", Json("""{"QueueUrl": "u"}"""));

        Assert.Equal(["Missing required parameter in input: \"MessageBody\""], problems);
    }

    [Fact]
    public void Validate_NullRequiredMember_CountsAsMissing()
    {
        var problems = RequestValidator.Check("sqs", "SendMessage", Json("""{"QueueUrl": "u", "MessageBody": null}"""));

        Assert.Equal(ValidationProblemKind.Missing, Assert.Single(problems).Kind);
    }

    [Fact]
    public void Validate_EnumOutsideModel_ReportsPathAndValue()
    {
        // QueueAttributeName is an enum in the SQS model.
        var problems = RequestValidator.Check("sqs", "GetQueueAttributes", Json("""{"QueueUrl": "u", "AttributeNames": ["All", "Bogus"]}"""));

        var problem = Assert.Single(problems);
        Assert.Equal(ValidationProblemKind.Enum, problem.Kind);
        Assert.Equal("AttributeNames[1]", problem.Path);
        Assert.Contains("Bogus", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NestedListEntry_PathHasIndex()
    {
        // SendMessageBatchRequestEntry.required = [Id, MessageBody]
        var problems = RequestValidator.Check("sqs", "SendMessageBatch", Json("""
            {"QueueUrl": "u", "Entries": [{"Id": "a", "MessageBody": "1"}, {"Id": "b", "MessageBody": "2"},
             {"Id": "c", "MessageBody": "3"}, {"MessageBody": "4"}]}
            """));

        var problem = Assert.Single(problems);
        Assert.Equal("Entries[3].Id", problem.Path);
        Assert.Equal("Missing required parameter in input: \"Entries[3].Id\"", problem.Message);
    }

    [Fact]
    public void Validate_MapValueStructure_PathHasKey()
    {
        // MessageAttributeValue.required = [DataType]
        var problems = RequestValidator.Check("sqs", "SendMessage", Json("""
            {"QueueUrl": "u", "MessageBody": "b", "MessageAttributes": {"batch": {"StringValue": "7"}}}
            """));

        Assert.Equal("MessageAttributes.batch.DataType", Assert.Single(problems).Path);
    }

    [Fact]
    public void Validate_StringBelowMin_ReportsLength()
    {
        // autoscaling XmlStringMaxLen255: min 1, max 255
        var problems = RequestValidator.Check("autoscaling", "SetDesiredCapacity", Json("""{"AutoScalingGroupName": "", "DesiredCapacity": 2}"""));

        var problem = Assert.Single(problems);
        Assert.Equal(ValidationProblemKind.Range, problem.Kind);
        Assert.Equal("Invalid length for parameter AutoScalingGroupName, value: 0, valid min length: 1", problem.Message);
    }

    [Fact]
    public void Validate_StringAboveMax_ReportsLength()
    {
        var problems = RequestValidator.Validate("autoscaling", "SetDesiredCapacity", new JsonObject
        {
            ["AutoScalingGroupName"] = new string('a', 256),
            ["DesiredCapacity"] = 2,
        });

        Assert.Equal(["Invalid length for parameter AutoScalingGroupName, value: 256, valid max length: 255"], problems);
    }

    [Theory]
    [InlineData(0, "valid min value: 1")]
    [InlineData(1001, "valid max value: 1000")]
    public void Validate_NumberOutsideRange_ReportsBound(int maxResults, string expected)
    {
        // ec2 DescribeSpotFleetInstancesMaxResults: min 1, max 1000
        var problems = RequestValidator.Validate("ec2", "DescribeSpotFleetInstances", new JsonObject
        {
            ["SpotFleetRequestId"] = "sfr-1",
            ["MaxResults"] = maxResults,
        });

        Assert.EndsWith(expected, Assert.Single(problems), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"ten\"")]
    [InlineData("1.5")]
    [InlineData("true")]
    [InlineData("3000000000")]
    public void Validate_IntegerMemberWithOtherValue_ReportsType(string value)
    {
        var problems = RequestValidator.Check("sqs", "ReceiveMessage", Json($$"""{"QueueUrl": "u", "MaxNumberOfMessages": {{value}}}"""));

        var problem = Assert.Single(problems);
        Assert.Equal(ValidationProblemKind.Type, problem.Kind);
        Assert.Equal("MaxNumberOfMessages", problem.Path);
    }

    [Fact]
    public void Validate_ListWhereStructureExpected_ReportsType()
    {
        var problems = RequestValidator.Check("sqs", "SendMessage", Json("""{"QueueUrl": "u", "MessageBody": "b", "MessageAttributes": []}"""));

        Assert.Equal(ValidationProblemKind.Type, Assert.Single(problems).Kind);
    }

    [Fact]
    public void Validate_ListAboveMax_ReportsLength()
    {
        // cloudwatch AlarmNames: max 100
        var names = new JsonArray(Enumerable.Range(0, 101).Select(i => (JsonNode)$"alarm-{i}").ToArray());
        var problems = RequestValidator.Validate("cloudwatch", "DescribeAlarms", new JsonObject { ["AlarmNames"] = names });

        Assert.Equal(["Invalid length for parameter AlarmNames, value: 101, valid max length: 100"], problems);
    }

    [Fact]
    public void Validate_NumberInNestedListEntry_PathHasIndexAndMember()
    {
        // ecs CapacityProviderStrategyItemWeight: 0–1000 (ECS members are camelCase in the model)
        var problems = RequestValidator.Check("ecs", "RunTask", Json("""
            {"taskDefinition": "td", "capacityProviderStrategy": [{"capacityProvider": "FARGATE_SPOT", "weight": 1001}]}
            """));

        var problem = Assert.Single(problems);
        Assert.Equal("capacityProviderStrategy[0].weight", problem.Path);
        Assert.Equal(ValidationProblemKind.Range, problem.Kind);
    }

    [Fact]
    public void Validate_Timestamp_AcceptsEpochAndIso()
    {
        var epoch = RequestValidator.Validate("cloudwatch", "GetMetricData", Json("""
            {"MetricDataQueries": [{"Id": "m1", "Expression": "1"}], "StartTime": 1767225600, "EndTime": "2026-01-01T01:00:00Z"}
            """));
        var bad = RequestValidator.Validate("cloudwatch", "GetMetricData", Json("""
            {"MetricDataQueries": [{"Id": "m1", "Expression": "1"}], "StartTime": "yesterday", "EndTime": "2026-01-01T01:00:00Z"}
            """));

        Assert.Empty(epoch);
        Assert.Single(bad);
    }

    [Theory]
    [InlineData("{}", 1)]
    [InlineData("""{"BasicAuth": "arn:aws:secretsmanager:us-east-1:123456789012:secret:mq"}""", 0)]
    public void Validate_TaggedUnion_ExactlyOneMember(string credentials, int expectedProblems)
    {
        // pipes MQBrokerAccessCredentials is a union ("union": true) in the model.
        var problems = RequestValidator.Check("pipes", "CreatePipe", Json("""
            {"Name": "p", "Source": "arn:aws:mq:us-east-1:123456789012:broker:b", "Target": "arn:aws:sqs:us-east-1:123456789012:q",
             "RoleArn": "arn:aws:iam::123456789012:role/r",
             "SourceParameters": {"ActiveMQBrokerParameters": {"QueueName": "q", "Credentials": CREDENTIALS}}}
            """.Replace("CREDENTIALS", credentials, StringComparison.Ordinal)));

        Assert.Equal(expectedProblems, problems.Count);
        Assert.All(problems, p => Assert.Equal(("SourceParameters.ActiveMQBrokerParameters.Credentials", ValidationProblemKind.Union), (p.Path, p.Kind)));
    }

    [Fact]
    public void Validate_SeveralProblems_ReportsEach()
    {
        var problems = RequestValidator.Validate("sqs", "SendMessage", Json("""{"MessageBody": 5, "X": 1}"""));

        Assert.Equal(3, problems.Count); // missing QueueUrl, MessageBody wrong type, unknown X
    }

    [Fact]
    public void Validate_UnknownOperation_ThrowsNamingIt()
    {
        var e = Assert.Throws<ArgumentException>(() => RequestValidator.Validate("sqs", "ReceiveMessages", []));

        Assert.Contains("'ReceiveMessages'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnknownService_ThrowsNamingIt()
    {
        var e = Assert.Throws<ArgumentException>(() => RequestValidator.Validate("kinesis", "PutRecord", []));

        Assert.Contains("'kinesis'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_CamelCaseOperation_FindsModelOperation()
    {
        // The aws-sdk integration writes actions in camelCase (arn:aws:states:::aws-sdk:sqs:receiveMessage).
        Assert.Empty(RequestValidator.Validate("sqs", "receiveMessage", Json("""{"QueueUrl": "u"}""")));
    }
}
