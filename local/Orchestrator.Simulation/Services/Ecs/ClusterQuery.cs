using System.Text.RegularExpressions;

namespace Orchestrator.Simulation.Services.Ecs;

/// <summary>
/// The subset of ECS's cluster query language that ListContainerInstances' <c>filter</c> needs:
/// conditions joined by <c>and</c> / <c>&amp;&amp;</c>, each <c>subject op value</c> with subject
/// <c>ec2InstanceId</c>, <c>agentConnected</c> or <c>attribute:name</c>, op <c>==</c>, <c>!=</c> or
/// <c>in</c> (value list in <c>[a, b]</c> or <c>(a, b)</c>), e.g. <c>ec2InstanceId == i-0abc</c>.
/// </summary>
/// <remarks>
/// Syntax from the ECS developer guide, "Cluster query language". Anything outside this subset
/// (or, not, like, exists, task-group expressions) is rejected with InvalidParameterException
/// rather than silently matching everything.
/// </remarks>
internal sealed partial class ClusterQuery
{
    private readonly List<(string Subject, string Op, string[] Values)> _conditions;

    private ClusterQuery(List<(string, string, string[])> conditions) => _conditions = conditions;

    /// <summary>Parses <paramref name="filter"/>; throws InvalidParameterException naming the problem.</summary>
    public static ClusterQuery Parse(string filter)
    {
        var conditions = new List<(string, string, string[])>();
        foreach (var part in AndSplit().Split(filter.Trim()))
        {
            var match = Condition().Match(part.Trim());
            if (!match.Success)
            {
                throw EcsErrors.InvalidParameter($"filter: unsupported cluster query expression '{part.Trim()}'.");
            }

            var subject = match.Groups["subject"].Value;
            var op = match.Groups["op"].Value.Trim();
            var raw = match.Groups["value"].Value.Trim();
            string[] values;
            if (op == "in")
            {
                if (raw.Length < 2 || !((raw[0] == '[' && raw[^1] == ']') || (raw[0] == '(' && raw[^1] == ')')))
                {
                    throw EcsErrors.InvalidParameter($"filter: 'in' needs a list such as [a, b], got '{raw}'.");
                }

                values = raw[1..^1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            }
            else
            {
                values = [raw.Trim('\'', '"')];
            }

            conditions.Add((subject, op, values));
        }

        return new ClusterQuery(conditions);
    }

    /// <summary>True when <paramref name="instance"/> satisfies every condition.</summary>
    public bool Matches(ContainerInstanceState instance) => _conditions.All(c =>
    {
        var actual = c.Subject switch
        {
            "ec2InstanceId" => instance.Ec2InstanceId,
            "agentConnected" => instance.Status == "INACTIVE" ? "false" : "true",
            _ => instance.Attributes.GetValueOrDefault(c.Subject["attribute:".Length..]),
        };
        var contains = actual is not null && c.Values.Contains(actual, StringComparer.Ordinal);
        return c.Op == "!=" ? !contains : contains;
    });

    [GeneratedRegex(@"\s+(?:and|&&)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AndSplit();

    [GeneratedRegex(@"^(?<subject>ec2InstanceId|agentConnected|attribute:[A-Za-z0-9_.\-:]+)\s*(?<op>==|!=|\s+in\s+)\s*(?<value>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Condition();
}
