using System.Globalization;
using System.Text.Json.Nodes;
using Orchestrator.Simulation.Account;

namespace Orchestrator.SampleWorker.Tests;

/// <summary>samples/worker/task-definition.json is a valid RegisterTaskDefinition request and fits the
/// stack's parameters; task-role-policy.json grants exactly what the contract needs.</summary>
public class TaskDefinitionTests
{
    private static JsonObject Read(params string[] path) => JsonNode.Parse(File.ReadAllText(Path.Combine([Schemas.Root, .. path])))!.AsObject();

    private static JsonNode Default(string parameter) => Read("serverless.template")["Parameters"]![parameter]!["Default"]!;

    [Fact]
    public void TaskDefinition_IsAcceptedByRegisterTaskDefinition()
    {
        // The simulated ECS validates the request against ECS's API model (shared/aws-models) first.
        var account = new SimulatedAccount();

        var answer = account.Ecs.Invoke("RegisterTaskDefinition", Read("samples", "worker", "task-definition.json"));

        Assert.Equal("ACTIVE", answer["taskDefinition"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public void TaskDefinition_FitsTheStacksDefaults()
    {
        var definition = Read("samples", "worker", "task-definition.json");
        var container = definition["containerDefinitions"]!.AsArray().Single()!;

        // The cost figures use TaskVcpu and TaskMemoryGb: 0.25 vCPU = "256" CPU units, 0.5 GB = "512" MiB.
        Assert.Equal((Default("TaskVcpu").GetValue<double>() * 1024).ToString(CultureInfo.InvariantCulture), definition["cpu"]!.GetValue<string>());
        Assert.Equal((Default("TaskMemoryGb").GetValue<double>() * 1024).ToString(CultureInfo.InvariantCulture), definition["memory"]!.GetValue<string>());
        // The drain passes AwsvpcConfiguration and the FARGATE / FARGATE_SPOT capacity providers by default.
        Assert.Equal("awsvpc", definition["networkMode"]!.GetValue<string>());
        Assert.Equal("FARGATE", Default("OnDemandCapacityProvider").GetValue<string>());
        Assert.Contains("FARGATE", definition["requiresCompatibilities"]!.AsArray().Select(c => c!.GetValue<string>()));
        // The batch overrides go to an essential container; Fargate allows a stopTimeout of at most 120 s.
        Assert.True(container["essential"]!.GetValue<bool>());
        Assert.InRange(container["stopTimeout"]!.GetValue<int>(), 1, 120);
        Assert.NotNull(definition["taskRoleArn"]);
    }

    [Fact]
    public void TaskRolePolicy_ReadsManifestsAndWritesResultsOnly()
    {
        var statements = Read("samples", "worker", "task-role-policy.json")["Statement"]!.AsArray()
            .Select(s => (Action: s!["Action"]!.GetValue<string>(), Resource: s["Resource"]!.GetValue<string>())).ToList();

        Assert.Equal([("s3:GetObject", "arn:aws:s3:::MANIFEST_BUCKET/manifests/*"), ("s3:PutObject", "arn:aws:s3:::MANIFEST_BUCKET/results/*")], statements);
    }
}
