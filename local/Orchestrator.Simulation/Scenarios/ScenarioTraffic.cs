using System.Globalization;
using System.Text.RegularExpressions;
using Orchestrator.Simulation.Workload.Traffic;
using static Orchestrator.Simulation.Scenarios.ScenarioValues;
using TrafficSection = Orchestrator.Simulation.Scenarios.ScenarioFile.TrafficSection;

namespace Orchestrator.Simulation.Scenarios;

/// <summary>
/// The <c>traffic:</c> list turned into <see cref="TrafficEntry"/>s, each checked: exactly one kind
/// per entry, every arrival inside the horizon, rates and counts that make sense, poison share 0–1,
/// message size within SQS's 256 KiB.
/// </summary>
internal static partial class ScenarioTraffic
{
    private static readonly string[] Kinds = ["burst", "poisson", "profile", "replay"];

    public static IReadOnlyList<TrafficEntry> Parse(List<TrafficSection>? traffic, TimeSpan horizon, string? directory, string poisonMarker)
    {
        if (traffic is null || traffic.Count == 0)
        {
            throw ScenarioException.For("traffic", $"traffic: at least one entry is required ({string.Join(", ", Kinds)}), e.g. traffic: [{{burst: {{at: 1h, messages: 100}}}}].");
        }

        return traffic.Select((t, i) => Entry(t, $"traffic[{i}]", horizon, directory, poisonMarker)).ToList();
    }

    private static TrafficEntry Entry(TrafficSection t, string where, TimeSpan horizon, string? directory, string poisonMarker)
    {
        var given = new object?[] { t.Burst, t.Poisson, t.Profile, t.Replay }.Select((s, k) => (s, Kinds[k])).Where(p => p.s is not null).Select(p => p.Item2).ToList();
        if (given.Count != 1)
        {
            throw ScenarioException.For(where, given.Count == 0
                ? $"{where} must say what kind of traffic it is: one of {string.Join(", ", Kinds)}."
                : $"{where} has {string.Join(" and ", given)}: one kind per entry (write each as its own entry).");
        }

        TrafficEntry entry = given[0] switch
        {
            "burst" => Burst(t.Burst!, $"{where}.burst", horizon),
            "poisson" => Poisson(t.Poisson!, $"{where}.poisson", horizon),
            "profile" => Profile(t.Profile!, $"{where}.profile", horizon),
            _ => Replay(t.Replay!, $"{where}.replay", horizon, directory),
        };
        var share = Probability(t.PoisonShare, $"{where}.poisonShare");
        if (t.MessageSize is { } size)
        {
            Whole(size, $"{where}.messageSize", share > 0 ? poisonMarker.Length : 1, TrafficSender.BatchBytes);
        }

        return entry with { PoisonShare = share, MessageSize = t.MessageSize };
    }

    private static BurstTraffic Burst(Sections.BurstSection b, string where, TimeSpan horizon)
    {
        var at = Inside(Durations.Parse(b.At ?? "0s", $"{where}.at"), horizon, $"{where}.at");
        var messages = Whole(Required(b.Messages, $"{where}.messages"), $"{where}.messages", 1, 100_000_000);
        var over = Durations.Parse(b.Over ?? "0s", $"{where}.over");
        if (at + over > horizon)
        {
            throw ScenarioException.For($"{where}.over", $"{where}: at + over ({Durations.Format(at + over)}) is after the horizon ({Durations.Format(horizon)}).");
        }

        return new BurstTraffic(at, messages, over);
    }

    private static PoissonTraffic Poisson(Sections.PoissonSection p, string where, TimeSpan horizon)
    {
        var rate = Required(p.Rate, $"{where}.rate");
        var match = Rate().Match(rate);
        if (!match.Success)
        {
            throw ScenarioException.For($"{where}.rate", $"{where}.rate: '{rate}' is not a rate; write messages per unit, e.g. 2/s, 30/m, 500/h.");
        }

        var perUnit = Positive(double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), $"{where}.rate");
        var perSecond = perUnit / (match.Groups[2].Value[0] switch { 's' => 1, 'm' => 60, _ => 3600 });
        var (from, to) = Span(p.From, p.To, where, horizon);
        return new PoissonTraffic(perSecond, from, to);
    }

    private static ProfileTraffic Profile(Sections.ProfileSection p, string where, TimeSpan horizon)
    {
        var hourly = Required(p.Hourly, $"{where}.hourly");
        if (hourly.Count != 24)
        {
            throw ScenarioException.For($"{where}.hourly", $"{where}.hourly must list 24 rates (messages per hour for hours 0..23 UTC), got {hourly.Count}.");
        }

        for (var h = 0; h < 24; h++)
        {
            NonNegative(hourly[h], $"{where}.hourly[{h}]");
        }

        if (hourly.Sum() <= 0)
        {
            throw ScenarioException.For($"{where}.hourly", $"{where}.hourly: every rate is 0, so it sends nothing.");
        }

        var (from, to) = Span(p.From, p.To, where, horizon);
        return new ProfileTraffic(hourly, from, to);
    }

    private static ReplayTraffic Replay(Sections.ReplaySection r, string where, TimeSpan horizon, string? directory)
    {
        var file = Required(r.File, $"{where}.file");
        var at = Inside(Durations.Parse(r.At ?? "0s", $"{where}.at"), horizon, $"{where}.at");
        var period = PositiveDuration(r.Period ?? "1m", $"{where}.period");
        var path = Path.GetFullPath(file, directory ?? Directory.GetCurrentDirectory());
        return new ReplayTraffic(ReplayFile.Read(path, file, at, period, horizon, $"{where}.file"), period);
    }

    private static (TimeSpan From, TimeSpan To) Span(string? fromText, string? toText, string where, TimeSpan horizon)
    {
        var from = Durations.Parse(fromText ?? "0s", $"{where}.from");
        var to = toText is null ? horizon : Durations.Parse(toText, $"{where}.to");
        Window(from, to, horizon, where);
        return (from, to);
    }

    [GeneratedRegex(@"^\s*(\d+(?:\.\d+)?)\s*/\s*(s|sec|second|m|min|minute|h|hour)\s*$")]
    private static partial Regex Rate();
}
