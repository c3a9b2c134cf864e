using System.Text.Json.Nodes;

namespace Orchestrator.Simulation.Services;

/// <summary>
/// One simulated AWS service (SQS, ECS, S3…) answering requests in the shapes of AWS's API model.
/// </summary>
/// <remarks>
/// Operation names are the model's (PascalCase, e.g. <c>ReceiveMessage</c>); request and response
/// members are the model's member names. Errors are thrown as <see cref="AwsServiceException"/>;
/// the integration layer turns them into Step Functions error names (see
/// <see cref="Models.AwsErrorNames"/>). Calls are synchronous and run on the virtual clock.
/// </remarks>
public interface ISimulatedService
{
    /// <summary>The aws-sdk integration's service name: <c>sqs</c>, <c>ecs</c>, <c>s3</c>…</summary>
    string ServiceName { get; }

    /// <summary>Runs one operation and returns its response (an empty object for void operations).</summary>
    /// <exception cref="AwsServiceException">AWS would answer with an error.</exception>
    JsonNode Invoke(string operation, JsonObject request);
}
