namespace Orchestrator.Stack.Tests.Checks;

/// <summary>
/// Every name the template uses exists, every parameter and condition is used, and the transform
/// is SAM's. Ref in Conditions and Rules may name parameters only (CloudFormation user guide,
/// "Conditions syntax" and "Rules syntax").
/// </summary>
public static class ReferenceCheck
{
    /// <summary>CloudFormation user guide, "Pseudo parameters reference".</summary>
    private static readonly HashSet<string> PseudoParameters =
    [
        "AWS::AccountId", "AWS::NotificationARNs", "AWS::NoValue", "AWS::Partition",
        "AWS::Region", "AWS::StackId", "AWS::StackName", "AWS::URLSuffix",
    ];

    /// <summary>SAM resources have no attributes in the spec: <c>Fn::GetAtt</c> reads the resource
    /// SAM generates under the same logical id (SAM developer guide, "Generated AWS CloudFormation
    /// resources").</summary>
    private static readonly Dictionary<string, string> SamGenerated = new()
    {
        ["AWS::Serverless::Function"] = "AWS::Lambda::Function",
        ["AWS::Serverless::StateMachine"] = "AWS::StepFunctions::StateMachine",
    };

    public static IEnumerable<string> Problems(StackTemplate template)
    {
        if (template.Root["Transform"]?.ToString() != "AWS::Serverless-2016-10-31")
        {
            yield return "Transform must be AWS::Serverless-2016-10-31.";
        }

        var parameters = template.Section("Parameters").Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var conditions = template.Section("Conditions").Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        var uses = new List<TemplateReference>();
        foreach (var section in new[] { "Conditions", "Rules", "Globals", "Resources", "Outputs" })
        {
            uses.AddRange(ReferenceWalker.Collect(template.Section(section), section));
        }

        uses.AddRange(ConditionAttributes(template, "Resources").Concat(ConditionAttributes(template, "Outputs")));

        foreach (var use in uses)
        {
            if (Problem(template, use, parameters, conditions) is { } problem)
            {
                yield return problem;
            }
        }

        var used = uses.Select(u => u.Target).ToHashSet(StringComparer.Ordinal);
        foreach (var unused in parameters.Where(p => !used.Contains(p)))
        {
            yield return $"Parameter {unused} is never used.";
        }

        foreach (var condition in conditions)
        {
            var isUsed = uses.Any(u => u.Kind == "Condition" && u.Target == condition);
            if (!isUsed)
            {
                yield return $"Condition {condition} is never used.";
            }
        }
    }

    /// <summary>The <c>Condition</c> attribute of each resource or output that has one.</summary>
    private static IEnumerable<TemplateReference> ConditionAttributes(StackTemplate template, string section) =>
        template.Section(section)
            .Where(entry => entry.Value?["Condition"] is not null)
            .Select(entry => new TemplateReference("Condition", entry.Value!["Condition"]!.ToString(), null, $"{section}.{entry.Key}.Condition"));

    private static string? Problem(StackTemplate template, TemplateReference use, HashSet<string> parameters, HashSet<string> conditions)
    {
        var inLogic = use.Where.StartsWith("Conditions", StringComparison.Ordinal) || use.Where.StartsWith("Rules", StringComparison.Ordinal);
        return use.Kind switch
        {
            "Condition" => conditions.Contains(use.Target) ? null : $"{use.Where}: no condition {use.Target}.",
            "Ref" when inLogic => parameters.Contains(use.Target) ? null : $"{use.Where}: conditions and rules may Ref parameters only, not {use.Target}.",
            "Ref" or "Sub" when use.Attribute is null =>
                parameters.Contains(use.Target) || PseudoParameters.Contains(use.Target) || template.Resource(use.Target) is not null
                    ? null : $"{use.Where}: no parameter or resource {use.Target}.",
            _ => AttributeProblem(template, use),
        };
    }

    private static string? AttributeProblem(StackTemplate template, TemplateReference use)
    {
        if (template.Resource(use.Target) is not { } resource)
        {
            return $"{use.Where}: no resource {use.Target}.";
        }

        var type = resource["Type"]?.ToString() ?? "";
        var readable = SamGenerated.GetValueOrDefault(type, type);
        return use.Attribute is not null && CfnSpec.Instance.HasAttribute(readable, use.Attribute)
            ? null : $"{use.Where}: {type} {use.Target} has no attribute {use.Attribute}.";
    }
}
