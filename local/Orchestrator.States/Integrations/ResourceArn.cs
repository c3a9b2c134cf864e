using System.Diagnostics.CodeAnalysis;

namespace Orchestrator.States.Integrations;

/// <summary>
/// A Task's <c>Resource</c> split into what the engine matches integrations on.
/// <c>arn:aws:states:::ecs:runTask.sync</c> is (Service, "ecs", "runTask", Sync);
/// <c>arn:aws:states:::aws-sdk:sqs:receiveMessage</c> is (AwsSdk, "sqs", "receiveMessage");
/// <c>arn:aws:lambda:us-east-1:123456789012:function:f</c> is (LambdaFunction, "lambda", "invoke").
/// </summary>
public sealed record ResourceArn(string Arn, ResourceKind Kind, string Service, string Action, IntegrationPattern Pattern)
{
    /// <summary>The resourceType history events carry: <c>ecs</c>, <c>aws-sdk:sqs</c>, <c>lambda</c>.</summary>
    public string HistoryResourceType => Kind switch
    {
        ResourceKind.AwsSdk => "aws-sdk:" + Service,
        _ => Service,
    };

    /// <summary>The resource history events carry: the action with its suffix, e.g. <c>runTask.sync</c>.</summary>
    public string HistoryResource => Kind is ResourceKind.LambdaFunction or ResourceKind.Activity or ResourceKind.Unresolved
        ? Arn
        : Action + Pattern switch
        {
            IntegrationPattern.Sync => ".sync",
            IntegrationPattern.Sync2 => ".sync:2",
            IntegrationPattern.WaitForTaskToken => ".waitForTaskToken",
            _ => string.Empty,
        };

    /// <summary>Parses a resource string; <paramref name="error"/> says why when it cannot.</summary>
    public static bool TryParse(string arn, [NotNullWhen(true)] out ResourceArn? resource, out string error)
    {
        resource = null;
        error = string.Empty;
        if (arn.Contains("${", StringComparison.Ordinal))
        {
            resource = new ResourceArn(arn, ResourceKind.Unresolved, "unresolved", arn, IntegrationPattern.RequestResponse);
            return true;
        }

        var parts = arn.Split(':');
        if (parts.Length < 6 || parts[0] != "arn" || parts[1].Length == 0)
        {
            error = $"'{arn}' is not an ARN (arn:partition:service:region:account:resource).";
            return false;
        }

        if (parts[2] == "lambda" && parts.Length is 7 or 8 && parts[5] == "function")
        {
            resource = new ResourceArn(arn, ResourceKind.LambdaFunction, "lambda", "invoke", IntegrationPattern.RequestResponse);
            return true;
        }

        if (parts[2] == "states" && parts.Length == 7 && parts[5] == "activity")
        {
            resource = new ResourceArn(arn, ResourceKind.Activity, "activity", parts[6], IntegrationPattern.RequestResponse);
            return true;
        }

        if (parts[2] != "states" || parts[3].Length != 0 || parts[4].Length != 0)
        {
            error = $"Unsupported resource '{arn}': expected arn:aws:states:::<service>:<action>, a Lambda function or an activity ARN.";
            return false;
        }

        var sdk = parts[5] == "aws-sdk";
        var rest = sdk ? parts[6..] : parts[5..];
        if (rest.Length < 2 || rest[0].Length == 0 || rest[1].Length == 0)
        {
            error = $"Unsupported resource '{arn}': expected arn:aws:states:::{(sdk ? "aws-sdk:<service>:<action>" : "<service>:<action>")}.";
            return false;
        }

        var action = string.Join(':', rest[1..]);
        var pattern = IntegrationPattern.RequestResponse;
        foreach (var (suffix, p) in Suffixes)
        {
            if (action.EndsWith(suffix, StringComparison.Ordinal))
            {
                action = action[..^suffix.Length];
                pattern = p;
                break;
            }
        }

        if (sdk && pattern is IntegrationPattern.Sync or IntegrationPattern.Sync2)
        {
            // AWS: SDK integrations support Request Response and .waitForTaskToken only.
            error = $"Unsupported resource '{arn}': AWS SDK integrations do not support .sync.";
            return false;
        }

        resource = new ResourceArn(arn, sdk ? ResourceKind.AwsSdk : ResourceKind.Service, rest[0], action, pattern);
        return true;
    }

    /// <inheritdoc/>
    public override string ToString() => Arn;

    private static readonly (string Suffix, IntegrationPattern Pattern)[] Suffixes =
    [
        (".sync:2", IntegrationPattern.Sync2),
        (".sync", IntegrationPattern.Sync),
        (".waitForTaskToken", IntegrationPattern.WaitForTaskToken),
    ];
}
