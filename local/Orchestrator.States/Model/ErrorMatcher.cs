namespace Orchestrator.States.Model;

/// <summary>How ErrorEquals matches an error name.</summary>
/// <remarks>
/// AWS: States.ALL matches every error except those that end the execution outright
/// (States.Runtime, States.DataLimitExceeded, which no retrier or catcher sees).
/// States.TaskFailed matches itself and any error not named <c>States.*</c>; States.Timeout and
/// States.HeartbeatTimeout must be listed explicitly. Other names match exactly.
/// </remarks>
internal static class ErrorMatcher
{
    public static bool Matches(IReadOnlyList<string> errorEquals, string error)
    {
        for (var i = 0; i < errorEquals.Count; i++)
        {
            var name = errorEquals[i];
            if (name == StatesErrorNames.All
                || name == error
                || (name == StatesErrorNames.TaskFailed && !error.StartsWith("States.", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }
}
