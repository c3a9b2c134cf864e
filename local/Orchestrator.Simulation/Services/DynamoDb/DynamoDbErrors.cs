namespace Orchestrator.Simulation.Services.DynamoDb;

/// <summary>
/// The errors the simulated DynamoDB answers with: the model's error shapes, HTTP 400, AWS's wording
/// (DynamoDB API reference "Common errors" and each action's Errors section).
/// </summary>
internal static class DynamoDbErrors
{
    private const string Service = "dynamodb";

    public static AwsServiceException Validation(string message) => new(Service, "ValidationException", 400, message);

    /// <summary>GetItem/PutItem… on a missing table: "Requested resource not found".</summary>
    public static AwsServiceException TableNotFound(string table) =>
        new(Service, "ResourceNotFoundException", 400, $"Requested resource not found: Table: {table} not found");

    public static AwsServiceException TableInUse(string table) =>
        new(Service, "ResourceInUseException", 400, $"Table already exists: {table}");

    /// <summary>PutItem/UpdateItem/DeleteItem: "The conditional request failed".</summary>
    public static AwsServiceException ConditionalCheckFailed() =>
        new(Service, "ConditionalCheckFailedException", 400, "The conditional request failed");

    public static AwsServiceException Unsupported(string operation) =>
        new(Service, "ValidationException", 400, $"The simulated DynamoDB does not implement {operation}.");

    public static AwsServiceException WithRequestId(AwsServiceException e, string requestId) =>
        new(e.Service, e.Code, e.StatusCode, e.Message, requestId);
}
