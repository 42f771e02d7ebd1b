using System.Diagnostics;
using Newtonsoft.Json.Linq;
using NewsNlp.Cli;

namespace NewsNlp.Tests.Cli;

/// <summary>Runs the real command: in process through <see cref="CliMain"/>, and as a child process.</summary>
[TestFixture]
public class CliTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp()
    {
        _dir = Path.Combine(Path.GetTempPath(), "newsnlp-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    internal static (int Code, string Out, string Err) Run(string stdin, bool piped, params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        int code = CliMain.RunAsync(args, new StringReader(stdin), o, e, piped).GetAwaiter().GetResult();
        return (code, o.ToString(), e.ToString());
    }

    [Test]
    public void NoInputProcessesTheBundledSample()
    {
        var (code, output, _) = Run("", false, "extract", "--include", "sentences");
        Assert.That(code, Is.EqualTo(0));
        var o = JObject.Parse(output);
        Assert.That((string?)o["id"], Is.EqualTo("sample"));
        Assert.That((string?)o["published"], Is.EqualTo("2024-06-17"));
        Assert.That(o["sentences"]!.Count(), Is.GreaterThan(5));
    }

    [Test]
    public void TextFileGetsItsNameAsId()
    {
        var path = Path.Combine(_dir, "story.txt");
        File.WriteAllText(path, "Putin met Kim. They talked.");
        var (code, output, _) = Run("", false, "extract", path, "--published", "2024-06-19", "--include", "tokens");
        Assert.That(code, Is.EqualTo(0));
        var o = JObject.Parse(output);
        Assert.That((string?)o["id"], Is.EqualTo("story"));
        Assert.That((string?)o["published"], Is.EqualTo("2024-06-19"));
        Assert.That(o["tokens"]!.Count(), Is.EqualTo(7));
    }

    [Test]
    public void JsonlKeepsIdsAndOrder()
    {
        var path = Path.Combine(_dir, "in.jsonl");
        var lines = Enumerable.Range(0, 50).Select(i => new JObject { ["id"] = $"d{i}", ["text"] = new string('x', (i * 97) % 3000 + 1) + ".", ["published"] = "2024-01-02" }.ToString(Newtonsoft.Json.Formatting.None));
        File.WriteAllLines(path, lines);
        var (code, output, _) = Run("", false, "extract", path, "--format", "jsonl");
        Assert.That(code, Is.EqualTo(0));
        var ids = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => (string?)JObject.Parse(l)["id"]).ToList();
        Assert.That(ids, Is.EqualTo(Enumerable.Range(0, 50).Select(i => $"d{i}")));
    }

    [Test]
    public void SeveralArticlesInJsonFormatMakeAnArray()
    {
        File.WriteAllText(Path.Combine(_dir, "a.txt"), "One.");
        File.WriteAllText(Path.Combine(_dir, "b.txt"), "Two.");
        var (code, output, _) = Run("", false, "extract", _dir);
        Assert.That(code, Is.EqualTo(0));
        Assert.That(JArray.Parse(output).Select(x => (string?)x["id"]), Is.EqualTo(new[] { "a", "b" }));
    }

    [Test]
    public void PipedStdinIsOneArticle()
    {
        var (code, output, _) = Run("Piped text here.", true, "extract", "--include", "tokens");
        Assert.That(code, Is.EqualTo(0));
        Assert.That(JObject.Parse(output)["tokens"]!.Count(), Is.EqualTo(4));
    }

    [Test]
    public void BadJsonLineNamesItsLineNumber()
    {
        var path = Path.Combine(_dir, "bad.jsonl");
        File.WriteAllText(path, "{\"id\":\"1\",\"text\":\"ok\"}\n{\"id\":\"2\",\"text\":\n");
        // --quiet: on a loaded machine the first article may take over a second, and progress would add a line.
        var (code, _, err) = Run("", false, "extract", path, "--format", "jsonl", "--quiet");
        Assert.That(code, Is.EqualTo(CliMain.ExitInput));
        Assert.That(err.Trim(), Does.Contain("bad.jsonl:2:").And.Contain("bad JSON"));
        Assert.That(err.Trim().Split('\n'), Has.Length.EqualTo(1));
    }

    [Test]
    public void MissingFileIsAnInputError()
    {
        var (code, _, err) = Run("", false, "extract", Path.Combine(_dir, "nope.txt"));
        Assert.That(code, Is.EqualTo(CliMain.ExitInput));
        Assert.That(err, Does.Contain("no such file"));
    }

    [TestCase("extract", "--format", "xml")]
    [TestCase("extract", "--published", "yesterday")]
    [TestCase("extract", "--include", "everything")]
    [TestCase("extract", "--bogus")]
    [TestCase("frobnicate")]
    public void UsageErrorsExitWithTwo(params string[] args)
    {
        var (code, _, err) = Run("", false, args);
        Assert.That(code, Is.EqualTo(CliMain.ExitUsage));
        Assert.That(err, Does.StartWith("newsnlp: "));
    }

    [Test]
    public void HelpExplainsTheCommands()
    {
        var (code, output, _) = Run("", false, "--help");
        Assert.That(code, Is.EqualTo(0));
        Assert.That(output, Does.Contain("extract").And.Contain("--published").And.Contain("--format").And.Contain("eval tokenize"));
    }

    [Test]
    public void EvalTokenizeScoresAConlluFile()
    {
        var path = Path.Combine(_dir, "mini.conllu");
        File.WriteAllText(path, """
            # newdoc id = d1
            # text = We don't know.
            1	We	we	_	_	_	_	_	_	_
            2-3	don't	_	_	_	_	_	_	_	_
            2	do	do	_	_	_	_	_	_	_
            3	n't	not	_	_	_	_	_	_	_
            4	know	know	_	_	_	_	_	_	SpaceAfter=No
            5	.	.	_	_	_	_	_	_	_

            # text = Fine.
            1	Fine	fine	_	_	_	_	_	_	SpaceAfter=No
            2	.	.	_	_	_	_	_	_	_

            """);
        var (code, output, _) = Run("", false, "eval", "tokenize", "--conllu", path);
        Assert.That(code, Is.EqualTo(0));
        Assert.That(output, Does.Contain("tokens P=1.0000 R=1.0000 F1=1.0000"));
        Assert.That(output, Does.Contain("sentences P=1.0000 R=1.0000 F1=1.0000"));
    }

    [Test]
    public void RulesFileAddsEntities()
    {
        var rules = Path.Combine(_dir, "rules.jsonl");
        File.WriteAllText(rules, "{\"label\":\"ORG\",\"pattern\":\"Zorblax Institute\"}\n");
        var (code, output, _) = Run("Experts at the Zorblax Institute said so.", true, "extract", "--rules", rules);
        Assert.That(code, Is.EqualTo(0));
        var entity = JObject.Parse(output)["entities"]!.Single(e => (string?)e["text"] == "Zorblax Institute");
        Assert.That((string?)entity["label"], Is.EqualTo("ORG"));
        Assert.That((string?)entity["type"], Is.EqualTo("ORGANIZATION"));
    }

    [Test]
    public void TheBuiltExecutableRunsAsAChildProcess()
    {
        string dll = Path.Combine(TestContext.CurrentContext.TestDirectory, "newsnlp.dll");
        Assert.That(File.Exists(dll), Is.True, "newsnlp.dll is copied next to the tests");
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        psi.ArgumentList.Add(dll);
        psi.ArgumentList.Add("extract");
        psi.ArgumentList.Add("--include");
        psi.ArgumentList.Add("tokens");
        using var p = Process.Start(psi)!;
        p.StandardInput.Write("Seoul, June 18 - Officials met.");
        p.StandardInput.Close();
        string output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        Assert.That(p.ExitCode, Is.EqualTo(0), p.StandardError.ReadToEnd());
        Assert.That(JObject.Parse(output)["tokens"]!.Count(), Is.EqualTo(8));
    }

    // Scripts and CI start programs with standard input on /dev/null: that is nothing piped, so the
    // README's first command still shows the sample; an empty pipe is an empty result.
    [TestCase("dotnet \"$0\" extract --quiet </dev/null", "\"id\": \"sample\"")]
    [TestCase("printf '' | dotnet \"$0\" extract --quiet", "[]")]
    public void NullDeviceIsNothingPipedAnEmptyPipeIsAnEmptyResult(string script, string expected)
    {
        Assume.That(OperatingSystem.IsLinux(), "uses sh and /dev/null");
        string dll = Path.Combine(TestContext.CurrentContext.TestDirectory, "newsnlp.dll");
        var psi = new ProcessStartInfo("sh") { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add(script);
        psi.ArgumentList.Add(dll);
        using var p = Process.Start(psi)!;
        string output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        Assert.That(p.ExitCode, Is.EqualTo(0), p.StandardError.ReadToEnd());
        Assert.That(output.Trim(), expected == "[]" ? Is.EqualTo("[]") : Does.Contain(expected));
    }
}

[TestFixture]
public class NerCommandTests
{
    [Test]
    public void TagKeepsEveryTokenLineAndBreak()
    {
        string dir = Path.Combine(Path.GetTempPath(), "newsnlp-tag-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            string input = Path.Combine(dir, "in.conll");
            File.WriteAllText(input, "-DOCSTART- -X- O O\n\nGerman JJ I-NP I-MISC\nChancellor NNP I-NP O\nHelmut NNP I-NP I-PER\nKohl NNP I-NP I-PER\n\nHe PRP I-NP O\nleft VBD I-VP O\n\n");
            var o = new StringWriter();
            int code = NewsNlp.Cli.CliMain.RunAsync(["tag", "ner", "--model", "en-conll03", "--input", input], new StringReader(""), o, new StringWriter(), false).GetAwaiter().GetResult();
            Assert.That(code, Is.EqualTo(0));
            var inLines = File.ReadAllLines(input);
            var outLines = o.ToString().Split('\n')[..^1];
            Assert.That(outLines, Has.Length.EqualTo(inLines.Length));
            for (int i = 0; i < inLines.Length; i++)
            {
                if (inLines[i].Length == 0) { Assert.That(outLines[i], Is.Empty); continue; }
                var parts = outLines[i].Split('\t');
                Assert.That(parts[0], Is.EqualTo(inLines[i].Split(' ')[0]));
                Assert.That(parts[1], Does.Match("^(O|[BI]-(PER|LOC|ORG|MISC))$"));
            }
            Assert.That(outLines[4], Is.EqualTo("Helmut\tB-PER"));
            Assert.That(outLines[5], Is.EqualTo("Kohl\tI-PER"));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Test]
    public void CorruptModelIsAOneLineInputError()
    {
        string path = Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".nnlp");
        File.WriteAllText(path, "garbage");
        try
        {
            var e = new StringWriter();
            int code = NewsNlp.Cli.CliMain.RunAsync(["eval", "ner", "--model", path, "--data", path], new StringReader(""), new StringWriter(), e, false).GetAwaiter().GetResult();
            Assert.That(code, Is.EqualTo(NewsNlp.Cli.CliMain.ExitInput));
            Assert.That(e.ToString(), Does.Contain(path).And.Contain("not a NewsNlp model"));
        }
        finally
        {
            File.Delete(path);
        }
    }
}

[TestFixture]
public class TrainCommandTests
{
    [Test]
    public void TrainWritesAModelAndManifestThatEvalReads()
    {
        string dir = Path.Combine(Path.GetTempPath(), "newsnlp-train-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            string train = Path.Combine(dir, "train.txt"), dev = Path.Combine(dir, "dev.txt");
            File.WriteAllText(train, Conll(NewsNlp.Tests.Entities.TinyCorpus.Documents(1)));
            File.WriteAllText(dev, Conll(NewsNlp.Tests.Entities.TinyCorpus.Documents(2)));
            string outDir = Path.Combine(dir, "tiny");
            var o = new StringWriter();
            var e = new StringWriter();
            int code = NewsNlp.Cli.CliMain.RunAsync(["train", "ner", "--train", train, "--dev", dev, "--out", outDir, "--epochs", "3", "--no-gazetteers", "--no-clusters"],
                new StringReader(""), o, e, false).GetAwaiter().GetResult();
            Assert.That(code, Is.EqualTo(0), e.ToString());
            Assert.That(e.ToString(), Does.Contain("epoch  1:").And.Contain("dev F1"));
            var manifest = NewsNlp.Models.ModelManifest.FromJson(File.ReadAllText(Path.Combine(outDir, "manifest.json")));
            Assert.That(manifest.Name, Is.EqualTo("tiny"));
            Assert.That(manifest.Labels, Is.EqualTo(new[] { "LOC", "PER" }));
            Assert.That(manifest.TrainingCommand, Does.Contain("train ner"));
            Assert.That(manifest.Scores["dev.f1"], Is.GreaterThan(90));

            // Gazetteers and clusters need their folder named: nothing is looked for on the machine.
            var err = new StringWriter();
            code = NewsNlp.Cli.CliMain.RunAsync(["train", "ner", "--train", train, "--dev", dev, "--out", outDir + "2"], new StringReader(""), new StringWriter(), err, false).GetAwaiter().GetResult();
            Assert.That(code, Is.EqualTo(NewsNlp.Cli.CliMain.ExitUsage));
            Assert.That(err.ToString(), Does.Contain("--resources DIR"));

            var report = new StringWriter();
            code = NewsNlp.Cli.CliMain.RunAsync(["eval", "ner", "--model", outDir, "--data", dev], new StringReader(""), report, new StringWriter(), false).GetAwaiter().GetResult();
            Assert.That(code, Is.EqualTo(0));
            Assert.That(report.ToString(), Does.Contain("PER").And.Contain("micro").And.Contain("F1 "));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    private static string Conll(IEnumerable<NewsNlp.Training.Corpora.TaggedDocument> docs)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var d in docs)
        {
            sb.Append("-DOCSTART- O\n\n");
            foreach (var s in d.Sentences)
            {
                var tags = Enumerable.Repeat("O", s.Words.Length).ToArray();
                foreach (var (a, b, l) in s.Spans)
                    for (int i = a; i < b; i++) tags[i] = (i == a ? "B-" : "I-") + l;
                for (int i = 0; i < s.Words.Length; i++) sb.Append(s.Words[i]).Append(' ').Append(tags[i]).Append('\n');
                sb.Append('\n');
            }
        }
        return sb.ToString();
    }
}
