using Orchestrator.Functions.Hosting;
using Orchestrator.Functions.Tests.Hosting;

namespace Orchestrator.Stack.Tests.Checks;

/// <summary>
/// Every <c>AWS::Serverless::Function</c> serves a function of <see cref="HandlerTable"/>, and
/// every decision function in the table is deployed. With Runtime <c>dotnet10</c> the Handler must
/// resolve the way the managed runtime resolves it (<see cref="ManagedHandler"/>: a public
/// <c>Stream → Stream</c> or <c>Stream → Task&lt;Stream&gt;</c> method) and CodeUri is the class
/// library; with <c>provided.al2023</c> CodeUri is the Native AOT project, whose bootstrap selects
/// the function by the same Handler string (docs/LAMBDA.md).
/// </summary>
public static class FunctionCheck
{
    public const string ManagedCodeUri = "functions/Orchestrator.Functions/";
    public const string AotCodeUri = "functions/Orchestrator.Functions.Aot/";

    public static IEnumerable<string> Problems(StackTemplate template)
    {
        var problems = new List<string>();
        var deployed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, properties) in template.ResourcesOfType("AWS::Serverless::Function"))
        {
            var handler = template.FunctionProperty(properties, "Handler")?.ToString() ?? "";
            var runtime = template.FunctionProperty(properties, "Runtime")?.ToString();
            var codeUri = template.FunctionProperty(properties, "CodeUri")?.ToString();
            if (HandlerTable.Find(handler) is not { } entry)
            {
                problems.Add($"{id}: Handler '{handler}' is not in HandlerTable.");
                continue;
            }

            deployed.Add(entry.Handler);
            var expectedCode = runtime switch
            {
                "dotnet10" => ManagedCodeUri,
                "provided.al2023" => AotCodeUri,
                _ => null,
            };
            if (expectedCode is null)
            {
                problems.Add($"{id}: Runtime '{runtime}' is neither dotnet10 (managed) nor provided.al2023 (Native AOT).");
                continue;
            }

            if (codeUri != expectedCode || !Directory.EnumerateFiles(Path.Combine(template.Directory, expectedCode), "*.csproj").Any())
            {
                problems.Add($"{id}: Runtime {runtime} needs CodeUri '{expectedCode}' (a project folder), not '{codeUri}'.");
            }

            if (runtime == "dotnet10" && ManagedProblem(handler) is { } problem)
            {
                problems.Add($"{id}: {problem}");
            }
        }

        foreach (var entry in HandlerTable.All.Where(IsDecisionFunction))
        {
            if (!deployed.Contains(entry.Handler))
            {
                problems.Add($"HandlerTable's {entry.Name} is not deployed by any AWS::Serverless::Function.");
            }
        }

        return problems;
    }

    /// <summary>The Diagnostics functions (namespace Hosting) are health checks, deployed only by
    /// hand (docs/LAMBDA.md); every other entry is a decision function a workflow calls.</summary>
    public static bool IsDecisionFunction(HandlerEntry entry) =>
        !entry.TypeName.StartsWith("Orchestrator.Functions.Hosting.", StringComparison.Ordinal);

    private static string? ManagedProblem(string handler)
    {
        try
        {
            var method = ManagedHandler.Resolve(handler);
            return method.IsStatic ? null : $"{handler} is not static; the functions are static Stream methods.";
        }
        catch (ArgumentException e)
        {
            return e.Message;
        }
        catch (FileNotFoundException e)
        {
            return e.Message;
        }
    }
}
