using System.Text.RegularExpressions;

namespace Orchestrator.Simulation.Models;

/// <summary>
/// The Step Functions error names and cause texts for an AWS error, in the two styles Step Functions
/// uses (AWS-FACTS.md, "Step Functions: service integrations").
/// </summary>
/// <remarks>
/// <para><b>aws-sdk integrations</b> (<c>arn:aws:states:::aws-sdk:sqs:…</c>) name errors after the
/// AWS SDK for Java v2 exception class: <c>&lt;ServicePrefix&gt;.&lt;Class&gt;</c>, e.g.
/// <c>Sqs.QueueDoesNotExistException</c>. The class comes from the model's error shape by the SDK's
/// codegen rule (DefaultNamingStrategy.getExceptionName: a <c>Fault</c> suffix becomes
/// <c>Exception</c>, <c>Exception</c> is appended when missing, words re-cased: KMS → Kms); a code the
/// model does not define gives the service's base exception (<c>Sqs.SqsException</c>). EC2 models no
/// errors, so every EC2 error is <c>Ec2.Ec2Exception</c>. Cause: "&lt;message&gt; (Service: Sqs, Status
/// Code: 400, Request ID: &lt;id&gt;)".</para>
/// <para><b>Optimized integrations</b> (<c>arn:aws:states:::sqs:sendMessage</c>, <c>ecs:runTask</c>…)
/// use the Java SDK v1 names: the modelled exception class, else <c>Amazon&lt;X&gt;Exception</c>
/// (<c>ECS.AmazonECSException</c>, <c>SNS.NotFoundException</c>,
/// <c>StepFunctions.StateMachineDoesNotExistException</c>). SQS reports every service error as
/// <c>SQS.AmazonSQSException</c> (AWS-FACTS; LocalStack's snapshot-tested emulation does the same).
/// Cause: "&lt;message&gt; (Service: AmazonSQS; Status Code: 400; Error Code: &lt;code&gt;; Request ID:
/// &lt;id&gt;; Proxy: null)".</para>
/// </remarks>
public static partial class AwsErrorNames
{
    private static readonly Dictionary<string, string> SdkPrefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sqs"] = "Sqs", ["ecs"] = "Ecs", ["ec2"] = "Ec2", ["autoscaling"] = "AutoScaling", ["cloudwatch"] = "CloudWatch",
        ["sns"] = "Sns", ["sfn"] = "Sfn", ["dynamodb"] = "DynamoDb", ["s3"] = "S3", ["eventbridge"] = "EventBridge",
        ["scheduler"] = "Scheduler", ["pipes"] = "Pipes",
    };

    // Optimized integration: (error prefix, Java SDK v1 service name used in the cause, v1 base exception).
    private static readonly Dictionary<string, (string Prefix, string V1Service, string BaseException)> Optimized =
        new(StringComparer.OrdinalIgnoreCase)
        {
            ["sqs"] = ("SQS", "AmazonSQS", "AmazonSQSException"),
            ["ecs"] = ("ECS", "AmazonECS", "AmazonECSException"),
            ["sns"] = ("SNS", "AmazonSNS", "AmazonSNSException"),
            ["sfn"] = ("StepFunctions", "AWSStepFunctions", "AWSStepFunctionsException"),
            ["dynamodb"] = ("DynamoDB", "AmazonDynamoDBv2", "AmazonDynamoDBException"),
            ["eventbridge"] = ("EventBridge", "AmazonEventBridge", "AmazonEventBridgeException"),
        };

    // SQS's query-protocol codes for its JSON error shapes (earlier botocore SQS models, awsQueryError;
    // NonExistentQueue and QueueAlreadyExists as SDK users report them).
    private static readonly Dictionary<string, string> SqsQueryCodes = new(StringComparer.Ordinal)
    {
        ["QueueDoesNotExist"] = "AWS.SimpleQueueService.NonExistentQueue",
        ["QueueNameExists"] = "QueueAlreadyExists",
        ["QueueDeletedRecently"] = "AWS.SimpleQueueService.QueueDeletedRecently",
        ["PurgeQueueInProgress"] = "AWS.SimpleQueueService.PurgeQueueInProgress",
        ["MessageNotInflight"] = "AWS.SimpleQueueService.MessageNotInflight",
        ["TooManyEntriesInBatchRequest"] = "AWS.SimpleQueueService.TooManyEntriesInBatchRequest",
        ["EmptyBatchRequest"] = "AWS.SimpleQueueService.EmptyBatchRequest",
        ["BatchEntryIdsNotDistinct"] = "AWS.SimpleQueueService.BatchEntryIdsNotDistinct",
        ["BatchRequestTooLong"] = "AWS.SimpleQueueService.BatchRequestTooLong",
        ["InvalidBatchEntryId"] = "AWS.SimpleQueueService.InvalidBatchEntryId",
        ["UnsupportedOperation"] = "AWS.SimpleQueueService.UnsupportedOperation",
    };

    /// <summary>The aws-sdk integration's error name, e.g. <c>Sqs.QueueDoesNotExistException</c>.</summary>
    /// <exception cref="ArgumentException">The service is not one the simulation knows.</exception>
    public static string ForSdkIntegration(string service, string code)
    {
        var prefix = SdkPrefix(service);
        if (prefix == "Ec2")
        {
            return "Ec2.Ec2Exception";
        }

        return ApiModel.Load(service).FindErrorShape(code) is { } shape
            ? $"{prefix}.{JavaV2ExceptionName(shape)}"
            : $"{prefix}.{prefix}Exception";
    }

    /// <summary>The optimized integration's error name, e.g. <c>SQS.AmazonSQSException</c>.</summary>
    /// <exception cref="ArgumentException">The service has no optimized integration here.</exception>
    public static string ForOptimized(string service, string code)
    {
        var (prefix, _, baseException) = OptimizedOf(service);
        if (service.Equals("sqs", StringComparison.OrdinalIgnoreCase))
        {
            return $"{prefix}.{baseException}";
        }

        return ApiModel.Load(service).FindErrorShape(code) is { } shape
            ? $"{prefix}.{JavaV1ExceptionName(shape)}"
            : $"{prefix}.{baseException}";
    }

    /// <summary>The aws-sdk integration's cause: "&lt;message&gt; (Service: Sqs, Status Code: 400, Request ID: &lt;id&gt;)".</summary>
    public static string SdkCause(string service, int statusCode, string message, string requestId) =>
        $"{message} (Service: {SdkPrefix(service)}, Status Code: {statusCode}, Request ID: {requestId})";

    /// <summary>The optimized integration's cause: "… (Service: AmazonSQS; Status Code: 400; Error Code: …; Request ID: …; Proxy: null)".</summary>
    /// <remarks>The Java SDK v1 speaks SQS's query protocol, so SQS codes appear in their query form
    /// (<c>AWS.SimpleQueueService.NonExistentQueue</c> for QueueDoesNotExist).</remarks>
    public static string OptimizedCause(string service, int statusCode, string code, string message, string requestId)
    {
        var wire = service.Equals("sqs", StringComparison.OrdinalIgnoreCase) && SqsQueryCodes.TryGetValue(code, out var query) ? query : code;
        return $"{message} (Service: {OptimizedOf(service).V1Service}; Status Code: {statusCode}; Error Code: {wire}; Request ID: {requestId}; Proxy: null)";
    }

    /// <summary>The Java SDK v2 exception class for an error shape (codegen rule, see remarks).</summary>
    public static string JavaV2ExceptionName(string errorShape)
    {
        var name = errorShape.EndsWith("Fault", StringComparison.Ordinal) ? errorShape[..^5] + "Exception"
            : errorShape.EndsWith("Exception", StringComparison.Ordinal) ? errorShape
            : errorShape + "Exception";
        return string.Concat(WordBoundary().Split(name).Where(w => w.Length > 0)
            .Select(w => char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant()));
    }

    private static string JavaV1ExceptionName(string errorShape) =>
        errorShape.EndsWith("Fault", StringComparison.Ordinal) ? errorShape[..^5] + "Exception"
        : errorShape.EndsWith("Exception", StringComparison.Ordinal) ? errorShape
        : errorShape + "Exception";

    private static string SdkPrefix(string service) =>
        SdkPrefixes.TryGetValue(service, out var prefix) ? prefix
        : service.Equals("events", StringComparison.OrdinalIgnoreCase) ? "EventBridge"
        : service.Equals("stepfunctions", StringComparison.OrdinalIgnoreCase) ? "Sfn"
        : throw new ArgumentException($"Unknown aws-sdk service '{service}'.", nameof(service));

    private static (string Prefix, string V1Service, string BaseException) OptimizedOf(string service) =>
        Optimized.TryGetValue(service, out var entry) ? entry
        : throw new ArgumentException($"Service '{service}' has no optimized Step Functions integration here; known: {string.Join(", ", Optimized.Keys)}.", nameof(service));

    // Word boundaries as the Java SDK's splitOnWordBoundaries: lower→Upper, ACRONYM→Word, letter↔digit.
    [GeneratedRegex("(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[A-Za-z])(?=[0-9])")]
    private static partial Regex WordBoundary();
}
