using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NewsNlp.Pipeline;

namespace NewsNlp.Tests.Serialization;

/// <summary>
/// Every C# sample in the README compiles against the library, and runs (in a scratch folder with
/// the files it names), so the documentation cannot drift from the API.
/// </summary>
public partial class ReadmeSampleTests
{
    // What a new console project has (implicit usings) plus the namespaces the README's first sample opens.
    private const string Usings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Threading;
        global using NewsNlp;
        global using NewsNlp.Pipeline;
        global using NewsNlp.Serialization;
        """;

    [GeneratedRegex(@"```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CodeBlock();

    public static IEnumerable<TestCaseData> Samples()
    {
        string readme = File.ReadAllText(Path.Combine(RepoRoot.Path, "README.md"));
        int n = 0;
        foreach (Match m in CodeBlock().Matches(readme))
            yield return new TestCaseData(m.Groups[1].Value).SetArgDisplayNames($"sample {++n}");
    }

    private static bool IsManaged(string path)
    {
        try { System.Reflection.AssemblyName.GetAssemblyName(path); return true; }
        catch (BadImageFormatException) { return false; }
    }

    [Test]
    public void TheReadmeHasSamples() => Assert.That(Samples().Count(), Is.GreaterThanOrEqualTo(4));

    [TestCaseSource(nameof(Samples))]
    public void SampleCompilesAndRuns(string code)
    {
        var references = AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => !a.IsDynamic && a.Location.Length > 0)
            .Select(a => MetadataReference.CreateFromFile(a.Location))
            .Append(MetadataReference.CreateFromFile(typeof(NewsPipeline).Assembly.Location))
            // The accurate tier's sample: NewsNlp.Accurate (ONNX Runtime and the tokenizers match the Microsoft.ML* files below).
            .Append(MetadataReference.CreateFromFile(typeof(NewsNlp.Accurate.AccuratePipeline).Assembly.Location))
            // The ML.NET sample: NewsNlp.ML and the ML.NET assemblies it builds on, loaded or not.
            .Concat(Directory.GetFiles(AppContext.BaseDirectory, "Microsoft.ML*.dll").Append(typeof(NewsNlp.ML.NewsColumns).Assembly.Location)
                .Where(IsManaged).Select(p => MetadataReference.CreateFromFile(p)));
        var trees = new[] { CSharpSyntaxTree.ParseText(Usings), CSharpSyntaxTree.ParseText(code) };
        var compilation = CSharpCompilation.Create("ReadmeSample", trees, references,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
        Assert.That(errors, Is.Empty, code);

        // Run it where the files it names exist; samples that read ../shared/data need that folder.
        if (code.Contains("../shared/", StringComparison.Ordinal) && !Directory.Exists(Path.Combine(RepoRoot.Path, "..", "shared")))
            Assert.Ignore("needs ../shared/data, which this machine does not have");
        string scratch = Path.Combine(Path.GetTempPath(), "newsnlp-readme-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(scratch, "models", "en-conll03"));
        File.Copy(Path.Combine(RepoRoot.Path, "models", "en-conll03", "model.nnlp"), Path.Combine(scratch, "models", "en-conll03", "model.nnlp"));
        File.WriteAllText(Path.Combine(scratch, "ids.txt"), "a1\na2\n");
        File.WriteAllText(Path.Combine(scratch, "a1.txt"), "Putin will visit Pyongyang on Tuesday.");
        File.WriteAllText(Path.Combine(scratch, "a2.txt"), "Kim met Putin in Moscow.");
        string previous = Directory.GetCurrentDirectory();
        var output = new StringWriter();
        var console = Console.Out;
        try
        {
            Directory.SetCurrentDirectory(code.Contains("../shared/", StringComparison.Ordinal) ? RepoRoot.Path : scratch);
            Console.SetOut(output);
            var entry = Assembly.Load(image.ToArray()).EntryPoint!;
            entry.Invoke(null, entry.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
        }
        finally
        {
            Console.SetOut(console);
            Directory.SetCurrentDirectory(previous);
            Directory.Delete(scratch, recursive: true);
        }
        // A sample that throws fails the test through Invoke; one that prints shows what it printed.
        TestContext.Out.WriteLine(output.ToString());
    }
}
