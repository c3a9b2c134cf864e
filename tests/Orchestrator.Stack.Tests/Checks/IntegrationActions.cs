using System.Text.Json.Nodes;

namespace Orchestrator.Stack.Tests.Checks;

/// <summary>
/// The IAM actions a Task state's Resource needs, from AWS's documentation (Step Functions
/// developer guide, "How Step Functions generates IAM policies for integrated services" and its
/// per-service pages; sources on each table). A Resource it does not know is an error, never a guess.
/// </summary>
public static class IntegrationActions
{
    private static readonly string[] SyncEvents = ["events:PutTargets", "events:PutRule", "events:DescribeRule"];

    /// <summary>Optimized integrations, <c>service:api[.pattern]</c> → actions.
    /// Sources: "IAM policies for Amazon ECS/Fargate" (Run a Job: RunTask on the task definition,
    /// StopTask and DescribeTasks, events on rule StepFunctionsGetEventsForECSTaskRule; iam:PassRole
    /// for the task's roles, AWS-FACTS.md), "IAM policies for AWS Step Functions" (Synchronous:
    /// StartExecution, DescribeExecution and StopExecution, events on rule
    /// StepFunctionsGetEventsForStepFunctionsExecutionRule), and the Lambda, SQS, SNS and DynamoDB
    /// pages (one action each, the API's own).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Optimized = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["lambda:invoke"] = ["lambda:InvokeFunction"],
        ["lambda:invoke.waitForTaskToken"] = ["lambda:InvokeFunction"],
        ["sqs:sendMessage"] = ["sqs:SendMessage"],
        ["sns:publish"] = ["sns:Publish"],
        ["dynamodb:getItem"] = ["dynamodb:GetItem"],
        ["dynamodb:putItem"] = ["dynamodb:PutItem"],
        ["dynamodb:updateItem"] = ["dynamodb:UpdateItem"],
        ["dynamodb:deleteItem"] = ["dynamodb:DeleteItem"],
        ["ecs:runTask"] = ["ecs:RunTask", "iam:PassRole"],
        ["ecs:runTask.waitForTaskToken"] = ["ecs:RunTask", "iam:PassRole"],
        ["ecs:runTask.sync"] = ["ecs:RunTask", "ecs:StopTask", "ecs:DescribeTasks", "iam:PassRole", .. SyncEvents],
        ["states:startExecution"] = ["states:StartExecution"],
        ["states:startExecution.waitForTaskToken"] = ["states:StartExecution"],
        ["states:startExecution.sync"] = ["states:StartExecution", "states:DescribeExecution", "states:StopExecution", .. SyncEvents],
        ["states:startExecution.sync:2"] = ["states:StartExecution", "states:DescribeExecution", "states:StopExecution", .. SyncEvents],
    };

    /// <summary>aws-sdk service names that differ from their IAM prefix (the SDK client name vs.
    /// the Service Authorization Reference's prefix).</summary>
    public static readonly IReadOnlyDictionary<string, string> IamPrefix = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["sfn"] = "states",
        ["eventbridge"] = "events",
        ["cloudwatchlogs"] = "logs",
    };

    /// <summary>API operations authorized by an IAM action of another name. SQS developer guide,
    /// "Amazon SQS batch actions": permissions for the batch actions are those of SendMessage,
    /// DeleteMessage and ChangeMessageVisibility.</summary>
    public static readonly IReadOnlyDictionary<string, string> AuthorizedAs = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["sqs:SendMessageBatch"] = "sqs:SendMessage",
        ["sqs:DeleteMessageBatch"] = "sqs:DeleteMessage",
        ["sqs:ChangeMessageVisibilityBatch"] = "sqs:ChangeMessageVisibility",
    };

    /// <summary>Actions needed for a Resource, or the reason it cannot be told. <paramref name="resource"/>
    /// is the Resource with SAM substitutions applied; a Lambda function ARN invokes the function.</summary>
    public static (IReadOnlyList<string> Actions, string? Problem) For(string resource, JsonObject? parameters)
    {
        if (resource.StartsWith("arn:aws:lambda:", StringComparison.Ordinal))
        {
            return (["lambda:InvokeFunction"], null);
        }

        const string prefix = "arn:aws:states:::";
        if (!resource.StartsWith(prefix, StringComparison.Ordinal))
        {
            return ([], $"Resource '{resource}' is not an integration this check knows.");
        }

        var integration = resource[prefix.Length..];
        if (integration.StartsWith("aws-sdk:", StringComparison.Ordinal))
        {
            return SdkAction(integration["aws-sdk:".Length..]);
        }

        if (!Optimized.TryGetValue(integration, out var actions))
        {
            return ([], $"Optimized integration '{integration}' is not in IntegrationActions.Optimized.");
        }

        // ECS developer guide, "Grant permission to tag resources on creation": RunTask that
        // applies tags (Tags, or PropagateTags copying them) also needs ecs:TagResource.
        var tags = parameters is not null && parameters.Any(p => p.Key.StartsWith("Tags", StringComparison.Ordinal) || p.Key.StartsWith("PropagateTags", StringComparison.Ordinal));
        return integration.StartsWith("ecs:runTask", StringComparison.Ordinal) && tags
            ? ([.. actions, "ecs:TagResource"], null)
            : (actions, null);
    }

    private static (IReadOnlyList<string>, string?) SdkAction(string serviceAction)
    {
        var parts = serviceAction.Split('.', 2)[0].Split(':');
        if (parts is not [var service, var action] || action.Length == 0)
        {
            return ([], $"aws-sdk integration '{serviceAction}' is not service:action.");
        }

        var iam = IamPrefix.GetValueOrDefault(service, service);
        var operation = char.ToUpperInvariant(action[0]) + action[1..];
        if (AwsModels.HasOperation(iam, operation) == false)
        {
            return ([], $"aws-sdk:{service}:{action}: {operation} is not an operation of the {iam} API model.");
        }

        var name = $"{iam}:{operation}";
        return ([AuthorizedAs.GetValueOrDefault(name, name)], null);
    }
}
