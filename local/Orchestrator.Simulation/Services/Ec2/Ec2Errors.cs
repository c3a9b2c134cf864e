namespace Orchestrator.Simulation.Services.Ec2;

/// <summary>The errors the simulated EC2 throws, with EC2's codes (API reference, "Error codes for the Amazon EC2 API").</summary>
internal static class Ec2Errors
{
    public const string Service = "ec2";

    public static AwsServiceException InvalidParameterValue(string message) => new(Service, "InvalidParameterValue", 400, message);

    public static AwsServiceException InvalidParameterCombination(string message) => new(Service, "InvalidParameterCombination", 400, message);

    public static AwsServiceException InstanceNotFound(string id) =>
        new(Service, "InvalidInstanceID.NotFound", 400, $"The instance ID '{id}' does not exist");

    public static AwsServiceException InstanceMalformed(string id) =>
        new(Service, "InvalidInstanceID.Malformed", 400, $"Invalid id: \"{id}\"");

    /// <summary>EC2's answer when a pool has no capacity; for Spot, "There is no Spot capacity available that matches your request."</summary>
    public static AwsServiceException InsufficientCapacity(bool spot, string type, string zone) =>
        new(Service, "InsufficientInstanceCapacity", 500, spot
            ? "There is no Spot capacity available that matches your request."
            : $"We currently do not have sufficient {type} capacity in the Availability Zone you requested ({zone}).");

    public static AwsServiceException FleetNotFound(string id) =>
        new(Service, "InvalidSpotFleetRequestId.NotFound", 400, $"The spot fleet request ID '{id}' does not exist");

    /// <summary>Recorded: "Fleet Request: sfr-… is not a modifiable fleet request type." (Error Code: FleetNotInModifiableState).</summary>
    public static AwsServiceException NotModifiable(string id) =>
        new(Service, "FleetNotInModifiableState", 400, $"Fleet Request: {id} is not a modifiable fleet request type.");

    public static AwsServiceException Unsupported(string operation) =>
        new(Service, "UnsupportedOperation", 400, $"The simulated EC2 does not implement {operation}.");
}
