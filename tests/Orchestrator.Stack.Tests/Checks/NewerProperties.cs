namespace Orchestrator.Stack.Tests.Checks;

/// <summary>
/// Properties the template uses that are newer than the CloudFormation spec in ../shared/cfn-spec
/// (117.0.0, 2023), each with where AWS documents it. The spec's README names this list's purpose.
/// </summary>
public static class NewerProperties
{
    /// <summary>Key: <c>Type/Property</c> for resource properties, <c>Type.PropertyType/Property</c>
    /// for nested ones.</summary>
    public static readonly IReadOnlyDictionary<string, string> Allowed = new Dictionary<string, string>
    {
        ["AWS::Serverless::Function/LoggingConfig"] =
            "SAM passes it to AWS::Lambda::Function LoggingConfig (advanced logging controls, Nov 2023): "
            + "SAM developer guide, AWS::Serverless::Function, LoggingConfig; CloudFormation AWS::Lambda::Function LoggingConfig.LogGroup.",
    };
}
