using System.Text.Json.Nodes;
using Orchestrator.Simulation.Models;
using Orchestrator.States.Integrations;

namespace Orchestrator.Simulation.Integrations;

/// <summary>
/// The optimized request-response integrations other than ECS, Lambda and Step Functions:
/// <c>dynamodb:getItem/putItem/updateItem/deleteItem</c>, <c>sqs:sendMessage</c>, <c>sns:publish</c>.
/// Parameters are the API's PascalCase names; answers carry SdkHttpMetadata and SdkResponseMetadata
/// as AWS's optimized integrations do; errors are named in the older style.
/// </summary>
public sealed class OptimizedIntegration(ServiceRegistry services, IntegrationOptions? options = null) : IServiceIntegration
{
    private static readonly HashSet<string> Supported = new(StringComparer.Ordinal)
    {
        "dynamodb:getItem", "dynamodb:putItem", "dynamodb:updateItem", "dynamodb:deleteItem",
        "sqs:sendMessage", "sns:publish",
    };

    private readonly IntegrationOptions _options = options ?? new IntegrationOptions();
    private long _calls;

    public bool CanInvoke(ResourceArn resource) =>
        resource.Kind == ResourceKind.Service
        && resource.Pattern is IntegrationPattern.RequestResponse or IntegrationPattern.WaitForTaskToken
        && Supported.Contains($"{resource.Service}:{resource.Action}")
        && services.Find(resource.Service) is not null;

    public void Invoke(TaskInvocation invocation)
    {
        var resource = invocation.Resource;
        var operation = ServiceRegistry.Operation(resource.Action);
        var request = MemberNames.ToModel(resource.Service, operation, invocation.Parameters as JsonObject ?? []);
        TextBody(request, resource.Service == "sns" ? "Message" : "MessageBody");
        ServiceCall.Run(invocation, services.Find(resource.Service)!, operation, request, ErrorStyle.Optimized, _options,
            response => WithMetadata(MemberNames.ToPascal(resource.Service, operation, response), ++_calls));
    }

    public void Cancel(TaskInvocation invocation, TaskCancellationReason reason)
    {
    }

    /// <summary>
    /// The optimized sns:publish and sqs:sendMessage accept a JSON object or array as the message and
    /// send its JSON text (AWS-FACTS, "Step Functions: service integrations"; the AWS docs' SNS and SQS
    /// integration examples pass <c>"Message.$": "$.input"</c>); the API itself takes only a string.
    /// </summary>
    private static void TextBody(JsonObject request, string member)
    {
        if (request[member] is JsonObject or JsonArray)
        {
            request[member] = request[member]!.ToJsonString();
        }
    }

    /// <summary>Adds the metadata blocks AWS's optimized integrations return beside the API's answer.</summary>
    /// <remarks>Request ids count the calls, so a run's output does not depend on anything but its seed.</remarks>
    internal static JsonNode WithMetadata(JsonNode response, long call)
    {
        if (response is not JsonObject answer)
        {
            return response;
        }

        var requestId = $"00000000-0000-4000-8000-{call:x12}";
        answer["SdkHttpMetadata"] = new JsonObject
        {
            ["HttpHeaders"] = new JsonObject { ["Content-Type"] = "application/x-amz-json-1.0", ["x-amzn-RequestId"] = requestId },
            ["HttpStatusCode"] = 200,
        };
        answer["SdkResponseMetadata"] = new JsonObject { ["RequestId"] = requestId };
        return answer;
    }
}
