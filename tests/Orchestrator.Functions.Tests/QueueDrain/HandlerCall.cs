using System.Text;
using System.Text.Json.Nodes;

namespace Orchestrator.Functions.Tests.QueueDrain;

/// <summary>Calls a Stream handler the way the managed runtime does: bytes in, bytes out.</summary>
internal static class HandlerCall
{
    public static JsonNode? Invoke(Func<Stream, Stream> handler, string json)
    {
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(json));
        using var output = handler(input);
        using var reader = new StreamReader(output);
        return JsonNode.Parse(reader.ReadToEnd());
    }

    public static JsonNode? Invoke(Func<Stream, Stream> handler, JsonNode json) => Invoke(handler, json.ToJsonString());

    public static JsonObject Settings() => new()
    {
        ["QueueUrl"] = "https://sqs.us-east-1.amazonaws.com/123456789012/work",
        ["Cluster"] = "batch",
        ["TaskDefinition"] = "arn:aws:ecs:us-east-1:123456789012:task-definition/worker:3",
        ["ContainerName"] = "worker",
        ["Subnets"] = "subnet-1,subnet-2",
        ["SecurityGroups"] = "sg-1",
        ["MaxConcurrentTasks"] = "50",
        ["BatchSize"] = "25",
    };

    /// <summary>A path in the repository: found above the test's output folder, or else above this
    /// source file (when the build put its output outside the repository).</summary>
    public static string RepoFile(params string[] parts)
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(SourceFile())! })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Orchestrator.sln")))
                {
                    return Path.Combine([dir.FullName, .. parts]);
                }
            }
        }

        throw new InvalidOperationException("Orchestrator.sln not found above the test output or the test source.");
    }

    private static string SourceFile([System.Runtime.CompilerServices.CallerFilePath] string path = "") => path;
}
