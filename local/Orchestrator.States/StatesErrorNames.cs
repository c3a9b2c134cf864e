namespace Orchestrator.States;

/// <summary>The error names Step Functions itself raises (the <c>States.</c> prefix is reserved).</summary>
public static class StatesErrorNames
{
    public const string All = "States.ALL";
    public const string BranchFailed = "States.BranchFailed";
    public const string DataLimitExceeded = "States.DataLimitExceeded";
    public const string ExceedToleratedFailureThreshold = "States.ExceedToleratedFailureThreshold";
    public const string HeartbeatTimeout = "States.HeartbeatTimeout";
    public const string IntrinsicFailure = "States.IntrinsicFailure";
    public const string ItemReaderFailed = "States.ItemReaderFailed";
    public const string NoChoiceMatched = "States.NoChoiceMatched";
    public const string ParameterPathFailure = "States.ParameterPathFailure";
    public const string Permissions = "States.Permissions";
    public const string ResultPathMatchFailure = "States.ResultPathMatchFailure";
    public const string Runtime = "States.Runtime";
    public const string TaskFailed = "States.TaskFailed";
    public const string Timeout = "States.Timeout";

    /// <summary>
    /// True for errors that end the execution whatever the state's Retry and Catch say
    /// (AWS: "States.Runtime … cannot be caught"; the same holds for States.DataLimitExceeded).
    /// </summary>
    public static bool IsUncatchable(string error) => error is Runtime or DataLimitExceeded;
}
