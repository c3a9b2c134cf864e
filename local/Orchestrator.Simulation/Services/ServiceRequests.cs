using System.Text.Json.Nodes;
using Orchestrator.Simulation.Models;
using Orchestrator.States.Timing;

namespace Orchestrator.Simulation.Services;

/// <summary>
/// The envelope every simulated service answers a call in: a request id drawn from the service's own
/// random, the operation in the model's spelling (so the aws-sdk integration's camelCase action works
/// too; one the model lacks is answered with the service's own code for it), the request
/// checked against the model, and every error raised below stamped with the call's request id, as AWS's
/// answers are.
/// </summary>
internal static class ServiceRequests
{
    /// <param name="unknownCode">The error code for an operation the model does not have (e.g. InvalidAction for query-protocol services).</param>
    /// <param name="dispatch">Runs the operation, given its model name.</param>
    public static JsonNode Answer(string service, string operation, JsonObject request, SeededRandom requestIds, string unknownCode, Func<string, JsonNode> dispatch)
    {
        var requestId = AwsRequestIds.Next(requestIds);
        try
        {
            var name = ApiModel.Load(service).FindOperation(operation)
                ?? throw new AwsServiceException(service, unknownCode, 400, $"The {service} API has no operation '{operation}'.", requestId);
            ValidationErrors.Ensure(service, name, request, requestId);
            return dispatch(name);
        }
        catch (AwsServiceException e) when (e.RequestId.Length == 0)
        {
            throw new AwsServiceException(e.Service, e.Code, e.StatusCode, e.Message, requestId);
        }
    }
}
