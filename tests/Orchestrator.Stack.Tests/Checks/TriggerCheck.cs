using System.Text.Json.Nodes;

namespace Orchestrator.Stack.Tests.Checks;

/// <summary>
/// Every EventBridge rule target and every Pipe that starts a state machine of the template can
/// do so: its role grants <c>states:StartExecution</c> on that very state machine; a rule target
/// keeps undeliverable events in a dead-letter queue; a Pipe's role may read and delete from its
/// SQS source (EventBridge Pipes user guide, "Amazon SQS as a source": sqs:ReceiveMessage,
/// sqs:DeleteMessage, sqs:GetQueueAttributes).
/// </summary>
public static class TriggerCheck
{
    private static readonly string[] SqsSourceActions = ["sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes"];

    public static IEnumerable<string> Problems(StackTemplate template)
    {
        var problems = new List<string>();
        foreach (var (id, properties) in template.ResourcesOfType("AWS::Events::Rule"))
        {
            foreach (var target in (properties["Targets"] as JsonArray ?? []).OfType<JsonObject>())
            {
                if (!StartsStateMachine(template, target["Arn"]))
                {
                    continue;
                }

                var where = $"{id} target {target["Id"]}";
                problems.AddRange(Missing(template, target["RoleArn"], ["states:StartExecution"], target["Arn"]!, where));
                if (target["DeadLetterConfig"]?["Arn"] is null)
                {
                    problems.Add($"{where}: starts a workflow but has no DeadLetterConfig; undeliverable events would be lost.");
                }
            }
        }

        foreach (var (id, properties) in template.ResourcesOfType("AWS::Pipes::Pipe"))
        {
            if (StartsStateMachine(template, properties["Target"]))
            {
                problems.AddRange(Missing(template, properties["RoleArn"], ["states:StartExecution"], properties["Target"]!, id));
                problems.AddRange(Missing(template, properties["RoleArn"], SqsSourceActions, properties["Source"]!, $"{id} source"));
            }
        }

        return problems;
    }

    private static bool StartsStateMachine(StackTemplate template, JsonNode? arn) =>
        arn?["Ref"]?.ToString() is { } id && template.Resource(id)?["Type"]?.ToString() == "AWS::Serverless::StateMachine";

    /// <summary>The actions the role named by <paramref name="roleArn"/> (Fn::GetAtt of a role in the
    /// template) does not allow on a Resource item equal to <paramref name="resource"/>.</summary>
    private static IEnumerable<string> Missing(StackTemplate template, JsonNode? roleArn, string[] actions, JsonNode resource, string where)
    {
        var roleId = roleArn?["Fn::GetAtt"]?[0]?.ToString();
        if (roleId is null || template.Resource(roleId)?["Type"]?.ToString() != "AWS::IAM::Role")
        {
            return [$"{where}: its role must be Fn::GetAtt of an AWS::IAM::Role in the template."];
        }

        var statements = PolicyStatement.OfRole(StackTemplate.PropertiesOf(template.Resource(roleId)!), roleId)
            .Where(s => s.Effect == "Allow" && s.Resources.Any(r => JsonNode.DeepEquals(r, resource)))
            .ToList();
        return actions.Where(a => !statements.Any(s => s.Actions.Contains(a)))
            .Select(a => $"{where}: role {roleId} does not allow {a} on {resource.ToJsonString()}.");
    }
}
