using Orchestrator.Simulation.Services;

namespace Orchestrator.Simulation.Faults;

/// <summary>
/// The error each service answers when it throttles a caller, with its HTTP status.
/// </summary>
/// <remarks>
/// From the API models in ../shared/aws-models where they name the error (sqs RequestThrottled,
/// sns ThrottledException with code "Throttled" and status 429, dynamodb/events/scheduler/pipes
/// ThrottlingException); otherwise from each service's "Common Errors" page: EC2
/// RequestLimitExceeded, Auto Scaling and CloudWatch Throttling, ECS and Step Functions
/// ThrottlingException, S3 SlowDown (503). All others are "Rate exceeded" with 400.
/// </remarks>
public static class ThrottlingErrors
{
    /// <summary>The error <paramref name="service"/> throttles with.</summary>
    public static AwsServiceException For(string service) => service switch
    {
        "sqs" => new(service, "RequestThrottled", 400, "Request is throttled."),
        "sns" => new(service, "Throttled", 429, "Rate exceeded"),
        "ec2" => new(service, "RequestLimitExceeded", 503, "Request limit exceeded."),
        "autoscaling" or "cloudwatch" => new(service, "Throttling", 400, "Rate exceeded"),
        "s3" => new(service, "SlowDown", 503, "Please reduce your request rate."),
        _ => new(service, "ThrottlingException", 400, "Rate exceeded"),
    };

    /// <summary>The error a fault answers with: its own code and status, or the service's throttling error.</summary>
    public static AwsServiceException For(ApiFault fault) => fault.Code is null
        ? For(fault.Service)
        : new(fault.Service, fault.Code, fault.Status, $"Injected fault: {fault.Code}.");
}
