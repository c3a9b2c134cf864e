namespace Orchestrator.Simulation.Baselines;

/// <summary>The names designs go by on the command line and in tables (<c>orchestrator</c>, <c>S0</c> …
/// <c>backlog-target</c>).</summary>
public static class DesignNames
{
    private static readonly (Design Design, string Name)[] Names =
    [
        (Design.Orchestrator, "orchestrator"), (Design.S0, "S0"), (Design.S1, "S1"), (Design.S3, "S3"),
        (Design.S4, "S4"), (Design.BacklogTarget, "backlog-target"),
    ];

    /// <summary>Every design, in the table's order.</summary>
    public static IReadOnlyList<Design> All { get; } = [.. Names.Select(n => n.Design)];

    public static string Name(Design design) => Names.First(n => n.Design == design).Name;

    /// <summary>Parses a comma-separated list (case-insensitive); an empty text means every design.</summary>
    /// <exception cref="ArgumentException">A name that is no design, naming it and the valid names.</exception>
    public static IReadOnlyList<Design> Parse(string? list)
    {
        if (string.IsNullOrWhiteSpace(list))
        {
            return All;
        }

        var designs = new List<Design>();
        foreach (var part in list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var match = Names.FirstOrDefault(n => string.Equals(n.Name, part, StringComparison.OrdinalIgnoreCase));
            if (match.Name is null)
            {
                throw new ArgumentException($"'{part}' is not a design; the designs are {string.Join(", ", Names.Select(n => n.Name))}.");
            }

            if (!designs.Contains(match.Design))
            {
                designs.Add(match.Design);
            }
        }

        return designs;
    }
}
