using System.Text.RegularExpressions;
using NewsNlp.Tests.Serialization;

namespace NewsNlp.Tests.Architecture;

/// <summary>
/// The import graph of the library's namespaces (<c>src/NewsNlp</c>), read from the sources: a
/// <c>using</c> of another namespace, or a qualified name (<c>Text.CharClass</c>) of a type
/// declared there. Stages import only the document model, the model-file container and the shared
/// helpers (<c>Learning</c>, <c>Text</c>, <c>Temporal</c>); only the composition root
/// (<c>Pipeline</c>) knows every stage; nothing forms a cycle. A crossing that has to stay for a
/// while goes on <see cref="KnownCrossings"/> with why (today there is none); a new crossing fails,
/// and so does a listed one that is gone (take it off the list).
/// </summary>
[TestFixture]
public partial class NamespaceGraphTests
{
    private static readonly string[] Stages = ["Zoning", "Tokenization", "Sentences", "Syntax", "Roles", "Entities", "Dates", "Coreference", "Events"];

    /// <summary>What each kind of namespace may import ("" is the root namespace, <c>NewsNlp</c>: the document model).</summary>
    private static bool Allowed(string from, string to) => from switch
    {
        // The document model: its layers, IPipelineStage, and the web page a document can come from.
        "" => to is "Html",
        "Html" => false,
        // The model-file container (magic bytes, versions, manifest) serves every model.
        "Models" => to is "",
        "Serialization" => to is "" or "Html",
        // What several stages share to learn and apply their models (perceptron weights, feature
        // hashing, clusters, word shape): below every stage, it imports none of them.
        "Learning" => false,
        // Text shared by the stages that read it: character classes, word lists and the token
        // scanner (the tokenizer's, and the entity ruler's for its phrases). Below every stage.
        "Text" => to is "",
        // The date grammar, calendar arithmetic and clause tense: the date stage resolves with them,
        // the recognizer finds the dates it missed with them, events read tense. Below every stage.
        "Temporal" => to is "",
        // The composition root builds pipelines from every stage and its bundled models.
        "Pipeline" => true,
        _ when Stages.Contains(from) => to is "" or "Models" or "Learning" or "Text" or "Temporal",
        _ => false,
    };

    /// <summary>Crossings that are there today, with the reason and the issue item that removes them (none since issue 18).</summary>
    private static readonly (string From, string To, string Why)[] KnownCrossings = [];

    [Test]
    public void NoNamespaceImportsWhatItShouldNot()
    {
        var graph = Graph();
        var known = KnownCrossings.Select(k => (k.From, k.To)).ToHashSet();
        var wrong = graph.Where(e => !Allowed(e.Key.From, e.Key.To) && !known.Contains(e.Key))
            .Select(e => $"{Name(e.Key.From)} -> {Name(e.Key.To)} ({string.Join(", ", e.Value.Order(StringComparer.Ordinal))})").ToList();
        Assert.That(wrong, Is.Empty, "new crossings: a stage reads only Document's layers (and Models); what stages share gets a place of its own");
        var gone = KnownCrossings.Where(k => !graph.ContainsKey((k.From, k.To))).Select(k => $"{k.From} -> {k.To}").ToList();
        Assert.That(gone, Is.Empty, "these listed crossings are gone: take them off KnownCrossings");
    }

    [Test]
    public void NoNamespaceCycleOutsideTheListedCrossings()
    {
        var known = KnownCrossings.Select(k => (k.From, k.To)).ToHashSet();
        var edges = Graph().Keys.Where(e => !known.Contains(e)).ToList();
        var cycle = FindCycle(edges);
        Assert.That(cycle, Is.Null, () => "namespace cycle: " + string.Join(" -> ", cycle!.Select(Name)));
    }

    [Test]
    public void TheReaderSeesTheCompositionRoot()
    {
        // A check of the checker: the composition root's imports are found.
        var graph = Graph();
        foreach (var stage in Stages)
            Assert.That(graph.ContainsKey(("Pipeline", stage)), Is.True, $"Pipeline -> {stage}");
        Assert.That(graph.ContainsKey(("Pipeline", "Html")), Is.True, "a qualified name (Html.WebPage) counts");
    }

    [Test]
    public void TheCommandLineUsesThePublicApi()
    {
        // The CLI (assembly newsnlp) sees the runtime's public API only; Training's internals are its own business.
        string project = File.ReadAllText(Path.Combine(RepoRoot.Path, "src", "NewsNlp", "NewsNlp.csproj"));
        Assert.That(project, Does.Not.Contain("<InternalsVisibleTo Include=\"newsnlp\""));
    }

    private static string Name(string ns) => ns.Length == 0 ? "NewsNlp" : ns;

    /// <summary>Edges (from, to) between namespaces below NewsNlp ("" for NewsNlp itself), with the files that make them.</summary>
    private static Dictionary<(string From, string To), HashSet<string>> Graph()
    {
        string root = Path.Combine(RepoRoot.Path, "src", "NewsNlp");
        var files = Directory.GetFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Select(f => (Path: Path.GetRelativePath(root, f), Code: Code(File.ReadAllText(f))))
            .ToList();
        var namespaceOf = new Dictionary<string, string>();
        var types = new Dictionary<string, HashSet<string>>();
        foreach (var (path, code) in files)
        {
            var m = FileNamespace().Match(code);
            Assert.That(m.Success, $"{path}: no file-scoped namespace");
            string ns = Area(m.Groups[1].Value);
            namespaceOf[path] = ns;
            if (!types.TryGetValue(ns, out var set)) types[ns] = set = [];
            foreach (Match t in TypeDeclaration().Matches(code)) set.Add(t.Groups[1].Value);
        }
        var graph = new Dictionary<(string, string), HashSet<string>>();
        void Add(string from, string to, string why)
        {
            if (from == to || !types.ContainsKey(to)) return;
            if (!graph.TryGetValue((from, to), out var set)) graph[(from, to)] = set = [];
            set.Add(why);
        }
        foreach (var (path, code) in files)
        {
            string ns = namespaceOf[path];
            foreach (Match u in UsingDirective().Matches(code)) Add(ns, Area(u.Groups[1].Value), path);
            foreach (Match q in QualifiedName().Matches(code))
                if (types.TryGetValue(q.Groups[1].Value, out var declared) && declared.Contains(q.Groups[2].Value))
                    Add(ns, q.Groups[1].Value, $"{path}: {q.Value}");
        }
        return graph;
    }

    /// <summary>"NewsNlp.Events" → "Events"; "NewsNlp" → "".</summary>
    private static string Area(string ns) => ns == "NewsNlp" ? "" : ns.StartsWith("NewsNlp.", StringComparison.Ordinal) ? ns["NewsNlp.".Length..].Split('.')[0] : ns;

    /// <summary>The code without string literals and comments, which name namespaces without importing them.</summary>
    private static string Code(string source) => LineComment().Replace(BlockComment().Replace(StringLiteral().Replace(source, "\"\""), " "), "");

    private static List<string>? FindCycle(List<(string From, string To)> edges)
    {
        var next = edges.GroupBy(e => e.From).ToDictionary(g => g.Key, g => g.Select(e => e.To).Order(StringComparer.Ordinal).ToList());
        var state = new Dictionary<string, int>(); // 1 on the path, 2 done
        var path = new List<string>();
        List<string>? Visit(string n)
        {
            state[n] = 1;
            path.Add(n);
            foreach (var m in next.GetValueOrDefault(n) ?? [])
            {
                if (state.GetValueOrDefault(m) == 1) return [.. path.Skip(path.IndexOf(m)), m];
                if (state.GetValueOrDefault(m) == 0 && Visit(m) is { } found) return found;
            }
            path.RemoveAt(path.Count - 1);
            state[n] = 2;
            return null;
        }
        foreach (var n in next.Keys.Order(StringComparer.Ordinal))
            if (state.GetValueOrDefault(n) == 0 && Visit(n) is { } cycle) return cycle;
        return null;
    }

    [GeneratedRegex(@"^namespace ([\w.]+);", RegexOptions.Multiline)]
    private static partial Regex FileNamespace();

    [GeneratedRegex(@"^\s*(?:(?:public|internal|private|protected|sealed|static|abstract|readonly|partial|file|ref)\s+)*(?:class|record\s+struct|record|struct|enum|interface)\s+([A-Za-z_]\w*)", RegexOptions.Multiline)]
    private static partial Regex TypeDeclaration();

    [GeneratedRegex(@"^\s*(?:global\s+)?using\s+(?:static\s+)?(NewsNlp(?:\.\w+)*)\s*;", RegexOptions.Multiline)]
    private static partial Regex UsingDirective();

    // A namespace-qualified name not preceded by a member access ("doc.Syntax" is a property).
    [GeneratedRegex(@"(?<![\w.])(?:NewsNlp\.)?(Zoning|Tokenization|Sentences|Syntax|Entities|Dates|Events|Models|Pipeline|Serialization|Html|Learning|Text|Temporal)\.([A-Z]\w*)")]
    private static partial Regex QualifiedName();

    [GeneratedRegex("\"\"\"[\\s\\S]*?\"\"\"|@\"(?:[^\"]|\"\")*\"|\"(?:[^\"\\\\\\n]|\\\\.)*\"|'(?:[^'\\\\\\n]|\\\\.)+'")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"/\*[\s\S]*?\*/")]
    private static partial Regex BlockComment();

    [GeneratedRegex(@"//[^\n]*")]
    private static partial Regex LineComment();
}
