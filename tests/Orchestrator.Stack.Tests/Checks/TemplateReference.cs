namespace Orchestrator.Stack.Tests.Checks;

/// <summary>One use of a name in the template: <c>Ref</c>, <c>Fn::GetAtt</c>, a <c>${…}</c> in
/// <c>Fn::Sub</c>, or a condition name.</summary>
/// <param name="Kind">Ref, GetAtt, Sub or Condition.</param>
/// <param name="Target">The parameter, resource, pseudo parameter or condition named.</param>
/// <param name="Attribute">For GetAtt (and <c>${Resource.Attribute}</c>), the attribute.</param>
/// <param name="Where">The JSON path of the use, for messages.</param>
public sealed record TemplateReference(string Kind, string Target, string? Attribute, string Where);
