using System.Collections.Concurrent;
using System.Text.Json;

namespace Orchestrator.Stack.Tests.Checks;

/// <summary>The operation names of the AWS API models in ../shared/aws-models, by IAM service
/// prefix, so an IAM action can be checked against the API it authorizes.</summary>
public static class AwsModels
{
    /// <summary>IAM prefix → model file (aws-models/README.md lists the files).</summary>
    private static readonly Dictionary<string, string> Files = new(StringComparer.Ordinal)
    {
        ["autoscaling"] = "autoscaling", ["cloudwatch"] = "cloudwatch", ["dynamodb"] = "dynamodb",
        ["ec2"] = "ec2", ["ecs"] = "ecs", ["events"] = "events", ["pipes"] = "pipes", ["s3"] = "s3",
        ["scheduler"] = "scheduler", ["sns"] = "sns", ["sqs"] = "sqs", ["states"] = "stepfunctions",
    };

    private static readonly ConcurrentDictionary<string, HashSet<string>> Operations = new(StringComparer.Ordinal);

    /// <summary>True or false when a model for <paramref name="iamPrefix"/> is here; null when none is.</summary>
    public static bool? HasOperation(string iamPrefix, string operation) =>
        Files.TryGetValue(iamPrefix, out var file)
            ? Operations.GetOrAdd(file, Load).Contains(operation)
            : null;

    private static HashSet<string> Load(string file)
    {
        using var model = JsonDocument.Parse(File.ReadAllBytes(SharedData.File("aws-models", $"{file}.json")));
        return model.RootElement.GetProperty("operations").EnumerateObject().Select(o => o.Name).ToHashSet(StringComparer.Ordinal);
    }
}
