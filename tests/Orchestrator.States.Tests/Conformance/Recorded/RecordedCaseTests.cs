using Xunit.Abstractions;

namespace Orchestrator.States.Tests.Conformance.Recorded;

/// <summary>
/// Every execution recorded against AWS Step Functions (<c>../shared/aws-recorded/stepfunctions</c>)
/// as a named test: the engine must agree with the recording, or do exactly what
/// <see cref="RecordedKnownGaps"/> lists for it. See docs/CONFORMANCE.md.
/// </summary>
public sealed class RecordedCaseTests(ITestOutputHelper output)
{
    [RecordedTheory]
    public void Engine_RecordedCase_AgreesWithAws(string key)
    {
        var testCase = RecordedCaseLoader.Get(key);
        var outcome = RecordedCaseRunner.Run(testCase);
        var known = RecordedKnownGaps.For(testCase);
        if (known is null)
        {
            Assert.True(outcome.Verdict == RecordedVerdict.Agrees, $"{outcome.Verdict}: {outcome.Detail}");
            return;
        }

        Assert.True(outcome.Verdict == known.Verdict,
            $"Listed as {known.Verdict} ({known.Reason}) but the engine now {outcome.Verdict}: update Conformance/Recorded/known-gaps.json and docs/CONFORMANCE.md. {outcome.Detail}");
    }

    [Fact]
    public void KnownGaps_EveryListedCase_IsARecordedCase()
    {
        var names = RecordedCaseLoader.All.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain(RecordedKnownGaps.All.Keys, n => !names.Contains(n));
        Assert.DoesNotContain(RecordedKnownGaps.All.Values, g => g.Verdict == RecordedVerdict.Agrees);
    }

    [Fact]
    public void RecordedCases_All_Tally()
    {
        var outcomes = RecordedCaseLoader.All.Select(c => (Case: c, Outcome: RecordedCaseRunner.Run(c))).ToList();
        Assert.Equal(1025, outcomes.Count);
        foreach (var group in outcomes.GroupBy(o => o.Outcome.Verdict).OrderBy(g => g.Key))
        {
            output.WriteLine($"{group.Key}: {group.Count()}");
        }

        foreach (var reason in outcomes.Where(o => o.Outcome.Verdict == RecordedVerdict.Refused)
                     .GroupBy(o => o.Outcome.RefusalReason).OrderByDescending(g => g.Count()))
        {
            output.WriteLine($"  refused {reason.Count()}: {reason.Key}");
        }

        foreach (var (c, o) in outcomes.Where(o => o.Outcome.Verdict == RecordedVerdict.Disagrees))
        {
            output.WriteLine($"  disagrees {c.Key}: {o.Detail}");
        }

        foreach (var (c, o) in outcomes.Where(o => o.Outcome.Verdict != RecordedVerdict.Agrees && RecordedKnownGaps.For(o.Case) is null))
        {
            output.WriteLine($"  unlisted {o.Verdict} {c.Name} [{string.Join(",", c.Unsupported)}]: {o.RefusalReason ?? o.Detail}");
        }
    }
}
