namespace Orchestrator.Simulation.Services.CloudWatch;

/// <summary>The errors the simulated CloudWatch throws, with the codes of cloudwatch.json's error shapes.</summary>
internal static class CloudWatchErrors
{
    public const string Service = "cloudwatch";

    public static AwsServiceException InvalidParameterValue(string message) => new(Service, "InvalidParameterValue", 400, message);

    public static AwsServiceException InvalidParameterCombination(string message) => new(Service, "InvalidParameterCombination", 400, message);

    public static AwsServiceException MissingParameter(string message) => new(Service, "MissingParameter", 400, message);

    public static AwsServiceException ResourceNotFound(string message) => new(Service, "ResourceNotFound", 404, message);
}
