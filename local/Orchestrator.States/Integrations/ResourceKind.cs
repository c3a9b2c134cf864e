namespace Orchestrator.States.Integrations;

/// <summary>What kind of resource a Task names.</summary>
public enum ResourceKind
{
    /// <summary><c>arn:aws:states:::&lt;service&gt;:&lt;action&gt;</c>, an optimized integration.</summary>
    Service,

    /// <summary><c>arn:aws:states:::aws-sdk:&lt;service&gt;:&lt;action&gt;</c>.</summary>
    AwsSdk,

    /// <summary><c>arn:aws:lambda:&lt;region&gt;:&lt;account&gt;:function:&lt;name&gt;</c>, invoked directly.</summary>
    LambdaFunction,

    /// <summary><c>arn:aws:states:&lt;region&gt;:&lt;account&gt;:activity:&lt;name&gt;</c>.</summary>
    Activity,

    /// <summary>A string still holding a <c>${…}</c> placeholder (definition validated without
    /// substitutions); it can only be answered by a mock.</summary>
    Unresolved,
}
