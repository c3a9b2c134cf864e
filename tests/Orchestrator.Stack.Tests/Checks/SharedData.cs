using Orchestrator.Functions.Tests.Hosting;

namespace Orchestrator.Stack.Tests.Checks;

/// <summary>The reference data next to the repository: <c>../shared/cfn-spec</c> (CloudFormation
/// resource specification 117.0.0) and <c>../shared/aws-models</c> (botocore API models).</summary>
internal static class SharedData
{
    public static string File(params string[] parts)
    {
        var path = Path.GetFullPath(Path.Combine([RepoRoot.Path, "..", "shared", .. parts]));
        return System.IO.File.Exists(path)
            ? path
            : throw new FileNotFoundException($"Reference data {path} is missing: the stack checks need ../shared next to the repository.", path);
    }
}
