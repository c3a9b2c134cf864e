namespace Orchestrator.Simulation.Services;

/// <summary>
/// An error answer from a simulated AWS service: the service, AWS's error code (the model's error
/// shape name, or the AWS query-protocol code such as <c>InvalidParameterValue</c>), the HTTP status
/// and AWS's message.
/// </summary>
/// <remarks>
/// The Step Functions error name is derived from <see cref="Service"/> and <see cref="Code"/> by
/// <see cref="Models.AwsErrorNames"/>; the request id is set by the service that threw it, drawn
/// from the run's seeded random so it is reproducible.
/// </remarks>
public sealed class AwsServiceException : Exception
{
    /// <summary>Creates an AWS error.</summary>
    public AwsServiceException(string service, string code, int statusCode, string message, string requestId = "")
        : base(message)
    {
        Service = service;
        Code = code;
        StatusCode = statusCode;
        RequestId = requestId;
    }

    public AwsServiceException()
        : this("unknown", "InternalFailure", 500, "Unknown error.")
    {
    }

    public AwsServiceException(string message)
        : this("unknown", "InternalFailure", 500, message)
    {
    }

    public AwsServiceException(string message, Exception inner)
        : base(message, inner)
    {
        Service = "unknown";
        Code = "InternalFailure";
        StatusCode = 500;
        RequestId = string.Empty;
    }

    /// <summary>The aws-sdk service name, e.g. <c>sqs</c>.</summary>
    public string Service { get; }

    /// <summary>AWS's error code, e.g. <c>QueueDoesNotExist</c> or <c>InvalidParameterException</c>.</summary>
    public string Code { get; }

    /// <summary>The HTTP status code AWS answers with (400, 404, 500…).</summary>
    public int StatusCode { get; }

    /// <summary>The request id AWS would report (may be empty when not assigned).</summary>
    public string RequestId { get; }
}
