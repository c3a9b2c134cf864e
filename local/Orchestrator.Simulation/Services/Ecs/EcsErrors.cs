namespace Orchestrator.Simulation.Services.Ecs;

/// <summary>The errors the simulated ECS throws, with AWS's codes and, where recorded, AWS's messages.</summary>
internal static class EcsErrors
{
    public const string Service = "ecs";

    /// <summary>InvalidParameterException (400): a parameter is not valid.</summary>
    public static AwsServiceException InvalidParameter(string message) => new(Service, "InvalidParameterException", 400, message);

    /// <summary>ClientException (400): AWS's catch-all for a client mistake such as an unknown task definition.</summary>
    public static AwsServiceException Client(string message) => new(Service, "ClientException", 400, message);

    /// <summary>ClusterNotFoundException with AWS's message "Cluster not found." (as SDK errors quote it).</summary>
    public static AwsServiceException ClusterNotFound() => new(Service, "ClusterNotFoundException", 400, "Cluster not found.");

    /// <summary>ServiceNotFoundException with AWS's message "Service not found.".</summary>
    public static AwsServiceException ServiceNotFound() => new(Service, "ServiceNotFoundException", 400, "Service not found.");

    /// <summary>ThrottlingException "Rate exceeded" (Java SDK: "Rate exceeded (Service: AmazonECS; Status Code: 400; Error Code: ThrottlingException").</summary>
    public static AwsServiceException Throttling() => new(Service, "ThrottlingException", 400, "Rate exceeded");
}
