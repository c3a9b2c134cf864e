namespace Orchestrator.Simulation.Services.EventBridge;

/// <summary>The errors the simulated EventBridge answers with (the events model's error shapes, HTTP 400).</summary>
internal static class EventBridgeErrors
{
    private const string Service = "eventbridge";

    public static AwsServiceException RuleNotFound(string name, string bus) =>
        new(Service, "ResourceNotFoundException", 400, $"Rule {name} does not exist on EventBus {bus}.");

    public static AwsServiceException BusNotFound(string bus) =>
        new(Service, "ResourceNotFoundException", 400, $"Event bus {bus} does not exist.");

    public static AwsServiceException InvalidPattern(string message) =>
        new(Service, "InvalidEventPatternException", 400, message);

    public static AwsServiceException Validation(string message) =>
        new(Service, "ValidationException", 400, message);

    public static AwsServiceException Unsupported(string operation) =>
        new(Service, "ValidationException", 400, $"The simulated EventBridge does not implement {operation}.");
}
