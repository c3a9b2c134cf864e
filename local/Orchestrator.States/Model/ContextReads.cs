namespace Orchestrator.States.Model;

/// <summary>What a state's context paths (<c>$$…</c>) can read, judged from its JSON text.</summary>
/// <remarks>Conservative: any <c>$$</c> not followed by one of the known field paths below counts as
/// reading the execution input (<c>$$</c> alone, <c>$$.Execution</c>, bracket notation, filters…).</remarks>
internal static class ContextReads
{
    private static readonly string[] InputFree =
    [
        "$$.State", "$$.Map.", "$$.Task.",
        "$$.Execution.Id", "$$.Execution.Name", "$$.Execution.StartTime", "$$.Execution.RoleArn", "$$.Execution.RedriveCount",
    ];

    public static bool MayReadExecutionInput(string json)
    {
        for (var at = json.IndexOf("$$", StringComparison.Ordinal); at >= 0; at = json.IndexOf("$$", at + 2, StringComparison.Ordinal))
        {
            var rest = json.AsSpan(at);
            var known = false;
            foreach (var prefix in InputFree)
            {
                known |= rest.StartsWith(prefix, StringComparison.Ordinal);
            }

            if (!known)
            {
                return true;
            }
        }

        return false;
    }
}
