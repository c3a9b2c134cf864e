using Orchestrator.Simulation.Models;

namespace Orchestrator.Simulation.Tests.Models;

// Expected names from shared/design/AWS-FACTS.md ("Step Functions: service integrations"): recorded
// ones (Sqs.QueueDoesNotExistException, DynamoDb.ResourceNotFoundException, S3.NoSuchKeyException,
// Ec2.Ec2Exception for all EC2 errors, SQS.AmazonSQSException, SNS.NotFoundException,
// StepFunctions.StateMachineDoesNotExistException, ECS.AmazonECSException) and derived ones by the
// AWS SDK for Java v2 codegen rule (Fault → Exception, words re-cased: KMS → Kms).
public sealed class AwsErrorNamesTests
{
    [Theory]
    [InlineData("sqs", "QueueDoesNotExist", "Sqs.QueueDoesNotExistException")]
    [InlineData("dynamodb", "ResourceNotFoundException", "DynamoDb.ResourceNotFoundException")]
    [InlineData("s3", "NoSuchKey", "S3.NoSuchKeyException")]
    [InlineData("ec2", "InvalidSpotFleetRequestId.NotFound", "Ec2.Ec2Exception")]
    [InlineData("ec2", "UnauthorizedOperation", "Ec2.Ec2Exception")]
    [InlineData("autoscaling", "ScalingActivityInProgressFault", "AutoScaling.ScalingActivityInProgressException")]
    [InlineData("autoscaling", "ScalingActivityInProgress", "AutoScaling.ScalingActivityInProgressException")]
    [InlineData("autoscaling", "ResourceContention", "AutoScaling.ResourceContentionException")]
    [InlineData("ecs", "ClusterNotFoundException", "Ecs.ClusterNotFoundException")]
    [InlineData("ecs", "InvalidParameterException", "Ecs.InvalidParameterException")]
    [InlineData("sqs", "TooManyEntriesInBatchRequest", "Sqs.TooManyEntriesInBatchRequestException")]
    [InlineData("sns", "KMSAccessDenied", "Sns.KmsAccessDeniedException")]
    [InlineData("sfn", "ExecutionAlreadyExists", "Sfn.ExecutionAlreadyExistsException")]
    public void ForSdkIntegration_ModelledError_JavaV2Name(string service, string code, string expected) =>
        Assert.Equal(expected, AwsErrorNames.ForSdkIntegration(service, code));

    [Theory]
    [InlineData("sqs", "InvalidParameterValue", "Sqs.SqsException")]
    [InlineData("ecs", "ThrottlingException", "Ecs.EcsException")]
    [InlineData("dynamodb", "ValidationException", "DynamoDb.DynamoDbException")]
    public void ForSdkIntegration_UnmodelledCode_ServiceBaseException(string service, string code, string expected) =>
        // The SDK maps a code its model lacks to the service's base exception (SqsException…).
        Assert.Equal(expected, AwsErrorNames.ForSdkIntegration(service, code));

    [Theory]
    [InlineData("sqs", "QueueDoesNotExist", "SQS.AmazonSQSException")]
    [InlineData("sqs", "InvalidParameterValue", "SQS.AmazonSQSException")]
    [InlineData("ecs", "ThrottlingException", "ECS.AmazonECSException")]
    [InlineData("sns", "NotFound", "SNS.NotFoundException")]
    [InlineData("sfn", "StateMachineDoesNotExist", "StepFunctions.StateMachineDoesNotExistException")]
    public void ForOptimized_Error_OlderStyleName(string service, string code, string expected) =>
        Assert.Equal(expected, AwsErrorNames.ForOptimized(service, code));

    [Fact]
    public void ForOptimized_ServiceWithoutOptimizedIntegration_Throws() =>
        Assert.Throws<ArgumentException>(() => AwsErrorNames.ForOptimized("autoscaling", "ResourceContention"));

    [Fact]
    public void ForSdkIntegration_UnknownService_Throws() =>
        Assert.Throws<ArgumentException>(() => AwsErrorNames.ForSdkIntegration("kinesis", "X"));

    [Fact]
    public void SdkCause_AppendsServiceStatusAndRequestId() =>
        Assert.Equal(
            "The specified queue does not exist. (Service: Sqs, Status Code: 400, Request ID: 1b2c)",
            AwsErrorNames.SdkCause("sqs", 400, "The specified queue does not exist.", "1b2c"));

    [Fact]
    public void OptimizedCause_UsesV1ServiceNameAndErrorCode() =>
        Assert.Equal(
            "Capacity is unavailable at this time. (Service: AmazonECS; Status Code: 400; Error Code: ClientException; Request ID: 9f; Proxy: null)",
            AwsErrorNames.OptimizedCause("ecs", 400, "ClientException", "Capacity is unavailable at this time.", "9f"));

    [Fact]
    public void OptimizedCause_Sqs_QueryProtocolErrorCode() =>
        // SDK users report "Error Code: AWS.SimpleQueueService.NonExistentQueue" from the v1 SDK.
        Assert.Equal(
            "The specified queue does not exist. (Service: AmazonSQS; Status Code: 400; Error Code: AWS.SimpleQueueService.NonExistentQueue; Request ID: r; Proxy: null)",
            AwsErrorNames.OptimizedCause("sqs", 400, "QueueDoesNotExist", "The specified queue does not exist.", "r"));

    [Theory]
    [InlineData("ScalingActivityInProgressFault", "ScalingActivityInProgressException")]
    [InlineData("QueueDoesNotExist", "QueueDoesNotExistException")]
    [InlineData("KMSThrottlingException", "KmsThrottlingException")]
    [InlineData("InternalServerError", "InternalServerErrorException")]
    public void JavaV2ExceptionName_CodegenRule(string shape, string expected) =>
        Assert.Equal(expected, AwsErrorNames.JavaV2ExceptionName(shape));
}
