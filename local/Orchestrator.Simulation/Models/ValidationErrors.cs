using System.Text.Json.Nodes;
using Orchestrator.Simulation.Services;

namespace Orchestrator.Simulation.Models;

/// <summary>
/// Turns a request that breaks its API model into the error the service itself answers with, so a
/// workflow sees the same error name as on AWS (after <see cref="AwsErrorNames"/>).
/// </summary>
/// <remarks>
/// Codes per service, from each service's "Common errors" API reference page or its model:
/// SQS, EC2 and CloudWatch: <c>MissingParameter</c> for an absent required member, else
/// <c>InvalidParameterValue</c>; ECS: <c>InvalidParameterException</c> (e.g. "Tasks cannot be empty.");
/// Auto Scaling: <c>ValidationError</c>; SNS: <c>InvalidParameter</c>; Step Functions:
/// <c>MissingRequiredParameter</c> / <c>ValidationException</c>; DynamoDB, EventBridge, Scheduler,
/// Pipes: <c>ValidationException</c>; S3: <c>InvalidArgument</c>. All are HTTP 400. AWS reports the
/// first problem it finds; so does this.
/// </remarks>
public static class ValidationErrors
{
    /// <summary>Validates <paramref name="request"/> and throws the service's validation error when it breaks the model.</summary>
    /// <exception cref="AwsServiceException">The request breaks the model.</exception>
    public static void Ensure(string service, string operation, JsonObject request, string requestId)
    {
        var problems = RequestValidator.Check(service, operation, request);
        if (problems.Count > 0)
        {
            throw ToException(service, problems[0], requestId);
        }
    }

    /// <summary>The service's error for one validation problem.</summary>
    public static AwsServiceException ToException(string service, ValidationProblem problem, string requestId)
    {
        var missing = problem.Kind == ValidationProblemKind.Missing;
        var (code, message) = service.ToUpperInvariant() switch
        {
            "SQS" or "EC2" or "CLOUDWATCH" => missing
                ? ("MissingParameter", $"The request must contain the parameter {problem.Path}.")
                : ("InvalidParameterValue", problem.Message),
            "ECS" => ("InvalidParameterException", missing ? $"{problem.Path} can not be blank." : problem.Message),
            "AUTOSCALING" => ("ValidationError", problem.Message),
            "SNS" => ("InvalidParameter", $"Invalid parameter: {problem.Message}"),
            "SFN" or "STEPFUNCTIONS" => (missing ? "MissingRequiredParameter" : "ValidationException", problem.Message),
            "S3" => ("InvalidArgument", problem.Message),
            _ => ("ValidationException", problem.Message),
        };
        return new AwsServiceException(service, code, 400, message, requestId);
    }
}
