namespace Orchestrator.Simulation.Services.Sns;

/// <summary>SNS errors (query-protocol codes from the model: NotFound, InvalidParameter), HTTP 400/404, AWS's wording.</summary>
internal static class SnsErrors
{
    private const string Service = "sns";

    /// <summary>Publish / Subscribe to a topic that does not exist: code NotFound ("Topic does not exist"); Step Functions names it SNS.NotFoundException.</summary>
    public static AwsServiceException TopicNotFound() => new(Service, "NotFound", 404, "Topic does not exist");

    public static AwsServiceException SubscriptionNotFound() => new(Service, "NotFound", 404, "Subscription does not exist");

    public static AwsServiceException InvalidParameter(string what) => new(Service, "InvalidParameter", 400, $"Invalid parameter: {what}");

    public static AwsServiceException Unsupported(string operation) => new(Service, "InvalidAction", 400, $"The simulated SNS does not implement {operation}.");
}
