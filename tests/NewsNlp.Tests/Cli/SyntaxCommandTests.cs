using NewsNlp.Tests.Syntax;

namespace NewsNlp.Tests.Cli;

/// <summary><c>newsnlp parse</c>, <c>train pos|parse</c> and <c>eval pos|parse</c>, in process.</summary>
[TestFixture]
public class SyntaxCommandTests : TempDirectoryTest
{
    [Test]
    public void ParseKeepsSentencesCommentsFormsAndRangesAndPredictsTheRest()
    {
        string model = Path.Combine(Dir, "tiny.nnlp");
        TinyTreebank.Model.Save(model);
        const string input = "# sent_id = a\n# text = Kim didn't visit Seoul.\n"
            + "1\tKim\tGOLD\tX\tX\t_\t9\tgold\t_\t_\n2-3\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_\n2\tdid\tGOLD\tX\tX\t_\t9\tgold\t_\t_\n"
            + "3\tn't\tGOLD\tX\tX\t_\t9\tgold\t_\t_\n4\tvisit\tGOLD\tX\tX\t_\t9\tgold\t_\t_\n4.1\tvisit\tGOLD\tX\tX\t_\t_\t_\t9:gold\t_\n"
            + "5\tSeoul\tGOLD\tX\tX\t_\t9\tgold\t_\tSpaceAfter=No\n6\t.\tGOLD\tX\tX\t_\t9\tgold\t_\t_\n\n"
            + "1\tPutin\tGOLD\tX\tX\t_\t0\troot\t_\t_\n\n";
        string path = Path.Combine(Dir, "in.conllu");
        File.WriteAllText(path, input);
        var (code, output, err) = CliTests.Run("", false, "parse", "--model", model, "--input", path);
        Assert.That(code, Is.EqualTo(0), err);
        var inLines = input.Split('\n');
        var outLines = output.Split('\n');
        Assert.That(outLines, Has.Length.EqualTo(inLines.Length));
        for (int i = 0; i < inLines.Length; i++)
        {
            if (inLines[i].Length == 0 || inLines[i].StartsWith('#') || inLines[i].Split('\t')[0].Contains('-'))
            {
                Assert.That(outLines[i], Is.EqualTo(inLines[i]));
                continue;
            }
            var a = inLines[i].Split('\t');
            var b = outLines[i].Split('\t');
            Assert.That(b, Has.Length.EqualTo(10));
            Assert.That((b[0], b[1], b[9]), Is.EqualTo((a[0], a[1], a[9])), "id, form and MISC are kept");
            Assert.That(outLines[i], Does.Not.Contain("GOLD").And.Not.Contain("gold"), "gold columns are not echoed");
            if (!a[0].Contains('.'))
            {
                Assert.That(int.Parse(b[6]), Is.InRange(0, 6));
                Assert.That(b[3], Is.Not.EqualTo("_"));
            }
        }
        Assert.That(outLines.Count(l => l.EndsWith("\troot\t_\t_") || l.Contains("\troot\t_\t")), Is.EqualTo(2), "one root per sentence");
    }

    [Test]
    public void TrainPosThenParseThenEvalFromTheCommandLine()
    {
        string train = Path.Combine(Dir, "train.conllu"), dev = Path.Combine(Dir, "dev.conllu");
        File.WriteAllText(train, TinyTreebank.Conllu(1, 80));
        File.WriteAllText(dev, TinyTreebank.Conllu(2, 20));
        string tagger = Path.Combine(Dir, "tagger"), full = Path.Combine(Dir, "full");
        var (code, output, err) = CliTests.Run("", false, "train", "pos", "--train", train, "--dev", dev, "--out", tagger, "--epochs", "3", "--clusters", "en-news");
        Assert.That(code, Is.EqualTo(0), err);
        Assert.That(output, Does.Contain("saved"));
        (code, _, err) = CliTests.Run("", false, "train", "parse", "--train", train, "--dev", dev, "--tagger", tagger, "--out", full, "--epochs", "3", "--jackknife", "2", "--min-count", "1");
        Assert.That(code, Is.EqualTo(0), err);
        Assert.That(File.ReadAllText(Path.Combine(full, "manifest.json")), Does.Contain("train pos").And.Contain("train parse").And.Contain("dev.las"));
        (code, output, err) = CliTests.Run("", false, "eval", "parse", "--model", full, "--data", dev);
        Assert.That(code, Is.EqualTo(0), err);
        Assert.That(output, Does.Match(@"UPOS \d+\.\d\d XPOS \d+\.\d\d LEMMA \d+\.\d\d"));
        var las = double.Parse(System.Text.RegularExpressions.Regex.Match(output, @"LAS (\d+\.\d\d)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(las, Is.GreaterThan(90));
    }

    [Test]
    public void BadInputsAreOneLineErrors()
    {
        string bad = Path.Combine(Dir, "bad.conllu");
        File.WriteAllText(bad, "1\tKim\n\n");
        var (code, _, err) = CliTests.Run("", false, "parse", "--input", bad);
        Assert.That(code, Is.EqualTo(3));
        Assert.That(err, Does.Contain("bad.conllu:1"));
        (code, _, err) = CliTests.Run("", false, "eval", "parse", "--model", bad, "--data", bad);
        Assert.That(code, Is.EqualTo(3), err);
    }
}
