using System.Text;
using System.Text.RegularExpressions;
using NewsNlp.Tests.Coreference;

namespace NewsNlp.Tests.Cli;

/// <summary><c>newsnlp train coref</c> and <c>newsnlp eval coref</c> on a tiny synthetic CoNLL-2012 file.</summary>
[TestFixture]
public class CorefCommandTests : TempDirectoryTest
{
    private string WriteCorpus()
    {
        var text = new StringBuilder();
        for (int i = 0; i < CorefModelTests.Makers.Length; i++)
            text.Append(CorefModelTests.Conll($"nw/test/{i}", CorefModelTests.Sentence(CorefModelTests.Makers[i]), "Shares rose on Monday ."));
        string path = Path.Combine(Dir, "tiny.gold_conll");
        File.WriteAllText(path, text.ToString());
        return path;
    }

    [Test]
    public void TrainWritesAModelThatEvalReadsAndTheLastLineIsTheScore()
    {
        string data = WriteCorpus(), outDir = Path.Combine(Dir, "tiny-coref");
        var (code, output, err) = CliTests.Run("", false, "train", "coref", "--data", data, "--out", outDir, "--holdout", "4", "--epochs", "2");
        Assert.That(code, Is.EqualTo(0), err);
        Assert.That(err, Does.Contain("epoch 2:").And.Contain("held out: sieves alone"));
        Assert.That(output, Does.Contain("saved"));
        var manifest = NewsNlp.Models.ModelManifest.FromJson(File.ReadAllText(Path.Combine(outDir, "manifest.json")));
        Assert.That(manifest.Name, Is.EqualTo("tiny-coref"));
        Assert.That(manifest.Kind, Is.EqualTo("coref"));
        Assert.That(manifest.TrainingCommand, Does.Contain("train coref"));
        Assert.That(manifest.Scores.ContainsKey("heldout.conll"), Is.True);

        foreach (var extra in new[] { new[] { "--model", outDir }, new[] { "--sieves" }, Array.Empty<string>() })
        {
            (code, output, err) = CliTests.Run("", false, ["eval", "coref", "--data", data, .. extra]);
            Assert.That(code, Is.EqualTo(0), err);
            var last = output.TrimEnd().Split('\n')[^1];
            Assert.That(Regex.IsMatch(last, @"^coref CoNLL F1 \d+\.\d\d$"), Is.True, last);
        }
    }

    [Test]
    public void ACorruptModelIsAnInputError()
    {
        string data = WriteCorpus(), bad = Path.Combine(Dir, "bad.nnlp");
        File.WriteAllText(bad, "not a model");
        var (code, _, err) = CliTests.Run("", false, "eval", "coref", "--data", data, "--model", bad);
        Assert.That(code, Is.EqualTo(NewsNlp.Cli.CliMain.ExitInput), err);
        Assert.That(err, Does.Contain("bad.nnlp"));
    }
}
