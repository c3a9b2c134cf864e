namespace Orchestrator.Simulation.Services.Sqs;

/// <summary>
/// The errors the simulated SQS answers with: the model's error shape names (or AWS's documented
/// common codes such as <c>InvalidParameterValue</c>), HTTP 400, and AWS's message wording as SDK
/// users report it (sources in each method's comment).
/// </summary>
internal static class SqsErrors
{
    private const string Service = "sqs";

    /// <summary>API reference, QueueDoesNotExist: "Ensure that the QueueUrl is correct and that the queue has not been deleted."</summary>
    public static AwsServiceException QueueDoesNotExist(string requestId) =>
        new(Service, "QueueDoesNotExist", 400, "The specified queue does not exist.", requestId);

    /// <summary>Common errors, InvalidParameterValue; wording "Value X for parameter Y is invalid. Reason: …" as AWS returns it.</summary>
    public static AwsServiceException InvalidParameterValue(string parameter, string? value, string reason, string requestId) =>
        new(Service, "InvalidParameterValue", 400, $"Value {value} for parameter {parameter} is invalid. Reason: {reason}", requestId);

    /// <summary>Common errors, InvalidParameterValue, with a free-form message.</summary>
    public static AwsServiceException InvalidParameter(string message, string requestId) =>
        new(Service, "InvalidParameterValue", 400, message, requestId);

    /// <summary>Common errors, MissingParameter: "A required parameter for the specified action is not supplied."</summary>
    public static AwsServiceException MissingParameter(string parameter, string requestId) =>
        new(Service, "MissingParameter", 400, $"The request must contain the parameter {parameter}.", requestId);

    /// <summary>ReceiptHandleIsInvalid: a value that was never a receipt handle (a stale one gives InvalidParameterValue).</summary>
    public static AwsServiceException ReceiptHandleIsInvalid(string handle, string requestId) =>
        new(Service, "ReceiptHandleIsInvalid", 400, $"The input receipt handle \"{handle}\" is not a valid receipt handle.", requestId);

    public static AwsServiceException InvalidAttributeName(string name, string requestId) =>
        new(Service, "InvalidAttributeName", 400, $"Unknown Attribute {name}.", requestId);

    public static AwsServiceException InvalidAttributeValue(string name, string requestId) =>
        new(Service, "InvalidAttributeValue", 400, $"Invalid value for the parameter {name}.", requestId);

    public static AwsServiceException QueueNameExists(string attribute, string requestId) =>
        new(Service, "QueueNameExists", 400, $"A queue already exists with the same name and a different value for attribute {attribute}", requestId);

    public static AwsServiceException QueueDeletedRecently(string requestId) =>
        new(Service, "QueueDeletedRecently", 400, "You must wait 60 seconds after deleting a queue before you can create another with the same name.", requestId);

    public static AwsServiceException PurgeQueueInProgress(string queueArn, string requestId) =>
        new(Service, "PurgeQueueInProgress", 400, $"Only one PurgeQueue operation on {queueArn} is allowed every 60 seconds.", requestId);

    public static AwsServiceException EmptyBatchRequest(string entryShape, string requestId) =>
        new(Service, "EmptyBatchRequest", 400, $"There should be at least one {entryShape} in the request.", requestId);

    /// <summary>Batch limit of 10 entries (API reference of each *Batch action).</summary>
    public static AwsServiceException TooManyEntriesInBatchRequest(int count, string requestId) =>
        new(Service, "TooManyEntriesInBatchRequest", 400, $"Maximum number of entries per request are 10. You have sent {count}.", requestId);

    public static AwsServiceException BatchEntryIdsNotDistinct(string id, string requestId) =>
        new(Service, "BatchEntryIdsNotDistinct", 400, $"Id {id} repeated.", requestId);

    public static AwsServiceException InvalidBatchEntryId(string requestId) =>
        new(Service, "InvalidBatchEntryId", 400, "A batch entry id can only contain alphanumeric characters, hyphens and underscores. It can be at most 80 letters long.", requestId);

    public static AwsServiceException BatchRequestTooLong(int limit, int size, string requestId) =>
        new(Service, "BatchRequestTooLong", 400, $"Batch requests cannot be longer than {limit} bytes. You have sent {size} bytes.", requestId);

    public static AwsServiceException InvalidMessageContents(string requestId) =>
        new(Service, "InvalidMessageContents", 400, "Invalid characters found. Valid unicode characters are #x9 | #xA | #xD | #x20 to #xD7FF | #xE000 to #xFFFD | #x10000 to #x10FFFF", requestId);

    public static AwsServiceException InvalidAction(string operation, string requestId) =>
        new(Service, "InvalidAction", 400, $"The action {operation} is not valid for this endpoint.", requestId);

    public static AwsServiceException UnsupportedOperation(string operation, string requestId) =>
        new(Service, "UnsupportedOperation", 400, $"The simulated SQS does not implement {operation}.", requestId);
}
