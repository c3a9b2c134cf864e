using System.Text.Json.Nodes;

namespace Orchestrator.Stack.Tests.Checks;

/// <summary>
/// Each state machine's role grants exactly the actions its definition needs: those of every Task
/// state (<see cref="IntegrationActions"/>), plus log delivery when Logging is set, X-Ray when
/// Tracing is on, and the customer key's actions its queues and topics need (granted only when
/// KmsKeyArn is set). Nothing missing, nothing extra. Lambda invocations must also name each invoked
/// function's ARN, and only those.
/// </summary>
public static class IamCheck
{
    /// <summary>Step Functions developer guide, "Using CloudWatch Logs to log execution history",
    /// "IAM policies for logging to CloudWatch Logs".</summary>
    public static readonly string[] LoggingActions =
    [
        "logs:CreateLogDelivery", "logs:GetLogDelivery", "logs:UpdateLogDelivery", "logs:DeleteLogDelivery",
        "logs:ListLogDeliveries", "logs:PutResourcePolicy", "logs:DescribeResourcePolicies", "logs:DescribeLogGroups",
    ];

    /// <summary>Step Functions developer guide, "IAM policies for AWS X-Ray".</summary>
    public static readonly string[] TracingActions =
        ["xray:PutTraceSegments", "xray:PutTelemetryRecords", "xray:GetSamplingRules", "xray:GetSamplingTargets"];

    /// <summary>With a customer managed key (parameter KmsKeyArn): reading an encrypted queue needs
    /// kms:Decrypt; sending to a queue or publishing to a topic needs kms:GenerateDataKey and kms:Decrypt
    /// (SQS developer guide, "Amazon SQS key management", "Configuring AWS KMS permissions"; SNS developer
    /// guide, "Data encryption", "Setting up AWS KMS permissions").</summary>
    private static IEnumerable<string> KeyActions(StackTemplate template, SortedSet<string> actions)
    {
        if (template.Section("Parameters")["KmsKeyArn"] is null)
        {
            yield break;
        }

        if (actions.Overlaps(["sqs:ReceiveMessage", "sqs:SendMessage", "sns:Publish"]))
        {
            yield return "kms:Decrypt";
        }

        if (actions.Overlaps(["sqs:SendMessage", "sns:Publish"]))
        {
            yield return "kms:GenerateDataKey";
        }
    }

    public static IEnumerable<string> Problems(StackTemplate template) =>
        DeployedStateMachine.All(template).SelectMany(machine => Problems(template, machine));

    /// <summary>The actions <paramref name="machine"/> needs, with the problems met deriving them.</summary>
    public static (SortedSet<string> Actions, HashSet<string> Functions, List<string> Problems) Required(StackTemplate template, DeployedStateMachine machine)
    {
        var actions = new SortedSet<string>(StringComparer.Ordinal);
        var functions = new HashSet<string>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var task in AslTask.All(machine.Definition))
        {
            var resource = Resolve(template, machine, task.Resource, functions);
            var (needed, problem) = IntegrationActions.For(resource, task.Parameters);
            actions.UnionWith(needed);
            if (problem is not null)
            {
                problems.Add($"{machine.Id} {task.Path}: {problem}");
            }
        }

        actions.UnionWith(KeyActions(template, actions));
        if (machine.Properties["Logging"] is JsonObject)
        {
            actions.UnionWith(LoggingActions);
        }

        if (machine.Properties["Tracing"]?["Enabled"]?.ToString() == "true")
        {
            actions.UnionWith(TracingActions);
        }

        return (actions, functions, problems);
    }

    private static IEnumerable<string> Problems(StackTemplate template, DeployedStateMachine machine)
    {
        if (machine.Definition is null)
        {
            return [];
        }

        if (machine.Properties["Policies"] is not null
            || machine.Properties["Role"] is not JsonObject { Count: 1 } role
            || role["Fn::GetAtt"] is not JsonArray { Count: 2 } getAtt
            || template.Resource(getAtt[0]?.ToString() ?? "") is not { } roleResource
            || roleResource["Type"]?.ToString() != "AWS::IAM::Role")
        {
            return [$"{machine.Id}: Role must be Fn::GetAtt of an AWS::IAM::Role in the template (no SAM Policies), so its grants can be checked."];
        }

        var (required, functions, problems) = Required(template, machine);
        var statements = PolicyStatement.OfRole(StackTemplate.PropertiesOf(roleResource), getAtt[0]!.ToString())
            .Where(s => s.Effect == "Allow").ToList();
        var granted = statements.SelectMany(s => s.Actions).ToHashSet(StringComparer.Ordinal);
        problems.AddRange(required.Where(a => !granted.Contains(a)).Select(a => $"{machine.Id}: {a} is needed but its role does not grant it."));
        problems.AddRange(granted.Where(a => !required.Contains(a)).Order(StringComparer.Ordinal)
            .Select(a => $"{machine.Id}: its role grants {a}, which no state needs."));

        var invokable = statements.Where(s => s.Actions.Contains("lambda:InvokeFunction"))
            .SelectMany(s => s.Resources).Select(r => r?["Fn::GetAtt"]?[0]?.ToString() ?? r?.ToJsonString() ?? "null")
            .ToHashSet(StringComparer.Ordinal);
        problems.AddRange(functions.Where(f => !invokable.Contains(f)).Select(f => $"{machine.Id}: lambda:InvokeFunction does not name {f}'s ARN."));
        problems.AddRange(invokable.Where(f => !functions.Contains(f)).Select(f => $"{machine.Id}: lambda:InvokeFunction names {f}, which no state invokes."));
        return problems;
    }

    /// <summary>The Resource with its SAM substitution applied: a <c>${Name}</c> whose value is
    /// <c>Fn::GetAtt [Function, Arn]</c> becomes that function's ARN (and the function is noted).</summary>
    private static string Resolve(StackTemplate template, DeployedStateMachine machine, string resource, HashSet<string> functions)
    {
        if (!resource.StartsWith("${", StringComparison.Ordinal) || !resource.EndsWith('}'))
        {
            return resource;
        }

        var value = machine.Substitutions[resource[2..^1]];
        if (value?["Fn::GetAtt"] is JsonArray { Count: 2 } getAtt && getAtt[1]?.ToString() == "Arn"
            && template.Resource(getAtt[0]?.ToString() ?? "")?["Type"]?.ToString() is "AWS::Serverless::Function" or "AWS::Lambda::Function")
        {
            functions.Add(getAtt[0]!.ToString());
            return $"arn:aws:lambda:region:account:function:{getAtt[0]}";
        }

        return value?.GetValueKind() == System.Text.Json.JsonValueKind.String ? value.ToString() : resource;
    }
}
