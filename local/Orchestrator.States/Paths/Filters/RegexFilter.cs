using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Orchestrator.States.Paths.Filters;

/// <summary>
/// <c>@.x =~ /pattern/i</c>: true when the string matches the whole pattern (Jayway uses Java's
/// <c>Matcher.matches()</c>, a full match). Non-strings never match.
/// </summary>
/// <remarks>The regex runs with <see cref="RegexOptions.NonBacktracking"/> so no input can make it slow.</remarks>
internal sealed class RegexFilter(FilterOperand operand, Regex regex) : FilterExpression
{
    public override bool IsTrue(JsonNode? current, JsonNode? root) =>
        operand.TryResolve(current, root, out var value)
        && JsonValues.TryGetString(value, out var text)
        && regex.IsMatch(text);
}
