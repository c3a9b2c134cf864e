using System.Text.Json.Nodes;
using Orchestrator.Simulation.Models;
using Orchestrator.States.Timing;

namespace Orchestrator.Simulation.Tests.Models;

public sealed class ApiModelTests
{
    public static TheoryData<string> Services => new(ApiModel.Services);

    [Theory]
    [MemberData(nameof(Services))]
    public void Load_EachService_HasOperationsAndNoDocumentation(string service)
    {
        var model = ApiModel.Load(service);

        Assert.NotEmpty(model.Operations);
        Assert.DoesNotContain(model.Operations, op => model.InputShape(op) is { } s && model.Shape(s)!.ContainsKey("documentation"));
    }

    [Theory]
    [InlineData("RequestSpotFleet")]
    [InlineData("ModifySpotFleetRequest")]
    [InlineData("DescribeSpotFleetInstances")]
    [InlineData("TerminateInstances")]
    public void Load_Ec2_KeepsSpotFleetOperations(string operation) =>
        Assert.NotNull(ApiModel.Load("ec2").FindOperation(operation));

    [Fact]
    public void Load_Ec2_EveryReferencedShapeKept()
    {
        var model = ApiModel.Load("ec2");
        foreach (var op in model.Operations)
        {
            Assert.NotNull(model.Shape(model.InputShape(op)!));
        }
    }

    [Fact]
    public void FindErrorShape_QueryCode_MapsToShape() =>
        // autoscaling: ScalingActivityInProgressFault has error.code ScalingActivityInProgress
        Assert.Equal("ScalingActivityInProgressFault", ApiModel.Load("autoscaling").FindErrorShape("ScalingActivityInProgress"));

    [Fact]
    public void Load_ModelNameAlias_SameModel() =>
        Assert.Same(ApiModel.Load("eventbridge"), ApiModel.Load("events"));

    [Fact]
    public void ToModel_PascalCaseEcsRequest_ModelMemberNames()
    {
        // Step Functions passes RunTask parameters in PascalCase; the ECS model writes them camelCase.
        var request = JsonNode.Parse("""
            {"Cluster": "c", "TaskDefinition": "td", "NetworkConfiguration": {"AwsvpcConfiguration": {"Subnets": ["s"], "AssignPublicIp": "DISABLED"}},
             "Overrides": {"ContainerOverrides": [{"Name": "w", "Environment": [{"Name": "K", "Value": "V"}]}]}}
            """)!.AsObject();

        var converted = MemberNames.ToModel("ecs", "RunTask", request);

        Assert.Equal("""{"cluster":"c","taskDefinition":"td","networkConfiguration":{"awsvpcConfiguration":{"subnets":["s"],"assignPublicIp":"DISABLED"}},"overrides":{"containerOverrides":[{"name":"w","environment":[{"name":"K","value":"V"}]}]}}""", converted.ToJsonString());
        Assert.Empty(RequestValidator.Validate("ecs", "RunTask", converted));
    }

    [Fact]
    public void ToPascal_EcsResponse_PascalCaseMembersMapKeysKept()
    {
        var response = JsonNode.Parse("""{"tasks": [{"taskArn": "a", "containers": [{"exitCode": 0}]}], "failures": []}""")!;

        Assert.Equal("""{"Tasks":[{"TaskArn":"a","Containers":[{"ExitCode":0}]}],"Failures":[]}""", MemberNames.ToPascal("ecs", "RunTask", response).ToJsonString());
    }

    [Fact]
    public void AwsRequestIds_SameSeed_SameUuidShapedIds()
    {
        var a = new SeededRandom(7);
        var b = new SeededRandom(7);
        var first = AwsRequestIds.Next(a);

        Assert.Equal(first, AwsRequestIds.Next(b));
        Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", first);
        Assert.NotEqual(first, AwsRequestIds.Next(a));
    }
}
