namespace Orchestrator.Stack.Tests.Checks;

/// <summary>
/// Template-wide rules for every policy statement: no wildcard in an action, no NotAction or
/// NotResource, Resource <c>"*"</c> only for actions AWS authorizes on no resource type (each
/// listed with its source), and every action names a real API operation of its service's model
/// in ../shared/aws-models or is listed in <see cref="ActionsWithoutModel"/>.
/// </summary>
public static class PolicyCheck
{
    /// <summary>Actions that may (or must) use Resource "*", and why.</summary>
    public static readonly IReadOnlyDictionary<string, string> StarResourceAllowed = Reasons(
        ("Step Functions developer guide, \"IAM policies for logging to CloudWatch Logs\": log delivery actions take Resource \"*\".", IamCheck.LoggingActions),
        ("Step Functions developer guide, \"IAM policies for AWS X-Ray\" (and Lambda's active tracing): X-Ray actions take Resource \"*\".", IamCheck.TracingActions),
        ("ECS developer guide, identity-based policy examples: ListTasks is allowed on Resource \"*\" and scoped with the ecs:cluster condition "
            + "(it authorizes on container-instance, which Fargate tasks have none of). ListContainerInstances, by contrast, takes the cluster ARN.",
            ["ecs:ListTasks"]),
        ("Service Authorization Reference, EC2 Auto Scaling, EC2 and CloudWatch: these Describe/Get actions list no resource type, so Resource must be \"*\" (for the capacity workflows).",
            ["autoscaling:DescribeAutoScalingGroups", "autoscaling:DescribeAutoScalingInstances", "autoscaling:DescribeScalingActivities",
             "ec2:DescribeSpotFleetRequests", "ec2:DescribeSpotFleetInstances", "ec2:DescribeInstances", "cloudwatch:GetMetricData"]));

    /// <summary>Actions allowed on Resource "*" only with a condition key that narrows them.</summary>
    public static readonly IReadOnlyDictionary<string, string> StarResourceCondition = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ecs:ListTasks"] = "ecs:cluster",
    };

    /// <summary>Actions of services whose API model is not in ../shared/aws-models, or that are not
    /// an operation's own name, each with its source.</summary>
    public static readonly IReadOnlyDictionary<string, string> ActionsWithoutModel = Reasons(
        ("Step Functions developer guide, IAM policies for logging and for X-Ray.", [.. IamCheck.LoggingActions, .. IamCheck.TracingActions]),
        ("IAM user guide, \"Grant a user permissions to pass a role to an AWS service\".", ["iam:PassRole"]),
        ("Lambda API reference, Invoke: authorized as lambda:InvokeFunction.", ["lambda:InvokeFunction"]),
        ("CloudWatch Logs API reference, CreateLogStream and PutLogEvents (a function writing its own log group).", ["logs:CreateLogStream", "logs:PutLogEvents"]),
        ("KMS API reference, Decrypt and GenerateDataKey: what SQS and SNS call on a customer managed key for their callers (SQS developer guide, \"Amazon SQS key management\").",
            ["kms:Decrypt", "kms:GenerateDataKey"]));

    public static IEnumerable<string> Problems(StackTemplate template)
    {
        foreach (var statement in PolicyStatement.AllIn(template))
        {
            var where = statement.Where;
            if (statement.Node.ContainsKey("NotAction") || statement.Node.ContainsKey("NotResource"))
            {
                yield return $"{where}: NotAction and NotResource grant more than they name; list what is allowed.";
            }

            foreach (var action in statement.Actions)
            {
                if (action.Contains('*', StringComparison.Ordinal))
                {
                    yield return $"{where}: action '{action}' is a wildcard.";
                }
                else if (UnknownAction(action) is { } unknown)
                {
                    yield return $"{where}: {unknown}";
                }
            }

            if (statement.Resources.Any(PolicyStatement.IsStar))
            {
                foreach (var action in statement.Actions.Where(a => !StarResourceAllowed.ContainsKey(a)))
                {
                    yield return $"{where}: {action} on Resource \"*\"; scope it to the stack's resources.";
                }

                foreach (var action in statement.Actions.Where(StarResourceCondition.ContainsKey))
                {
                    var key = StarResourceCondition[action];
                    if (statement.Node["Condition"]?.AsObject().All(test => test.Value?[key] is null) != false)
                    {
                        yield return $"{where}: {action} on Resource \"*\" needs the {key} condition.";
                    }
                }
            }
        }
    }

    private static string? UnknownAction(string action)
    {
        if (ActionsWithoutModel.ContainsKey(action))
        {
            return null;
        }

        var parts = action.Split(':');
        return parts is [var prefix, var operation] && AwsModels.HasOperation(prefix, operation) is { } known
            ? known ? null : $"{action}: {operation} is not an operation of the {prefix} API model."
            : $"{action}: no API model for '{action.Split(':')[0]}' and not in PolicyCheck.ActionsWithoutModel.";
    }

    private static Dictionary<string, string> Reasons(params (string Reason, string[] Actions)[] groups) =>
        groups.SelectMany(g => g.Actions.Select(a => (a, g.Reason))).ToDictionary(p => p.a, p => p.Reason, StringComparer.Ordinal);
}
