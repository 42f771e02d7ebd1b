using System.IO.Compression;
using System.Text;
using NewsNlp.Cli;
using NewsNlp.Tests.Html;

namespace NewsNlp.Tests.Cli;

/// <summary><c>eval html</c> over a tiny WCXB-shaped folder built in the test.</summary>
public class HtmlEvalCommandTests : TempDirectoryTest
{
    [Test]
    public void ScoresTheArticleTextAgainstTheGroundTruthWordByWord()
    {
        Directory.CreateDirectory(Path.Combine(Dir, "html"));
        File.WriteAllText(Path.Combine(Dir, "pages.tsv"), "id\tsplit\tdomain\turl\n0001\ttest\texample.com\thttps://example.com/a\n0002\tdev\texample.com\thttps://example.com/b\n");
        WriteGz(Path.Combine(Dir, "html", "0001.html.gz"), WebPageTests.NewsPage);
        // The ground truth: the story's four paragraphs and the byline, no title (as WCXB writes it).
        string truth = "By Jane Smith\n\nSEOUL, June 17 (Reuters) - Russian President Vladimir Putin will visit North Korea on Tuesday for talks with leader Kim Jong Un, the Kremlin said on Monday, his first trip to the country in 24 years.\n\n"
            + "The visit comes as the United States accuses Pyongyang of supplying Russia with artillery shells and missiles for its war in Ukraine, which both countries deny.\n\n"
            + "Kremlin spokesman Dmitry Peskov said the two leaders would sign several documents, including a partnership agreement, during the two-day visit.\n\n"
            + "Putin will travel on to Vietnam after the talks, officials said.";
        WriteGz(Path.Combine(Dir, "ground_truth.jsonl.gz"), Newtonsoft.Json.JsonConvert.SerializeObject(new { file_id = "0001", ground_truth = new { main_content = truth } }) + "\n");

        var (code, output, err) = CliTests.Run("", false, "eval", "html", "--data", Dir, "--split", "test");
        Assert.That(code, Is.EqualTo(CliMain.ExitOk), err);
        var last = output.Trim().Split('\n')[^1];
        Assert.That(last, Does.Match(@"^word F1 0\.\d{4} \(ours\) vs 0\.\d{4} \(SmartReader\) on 1 test pages$"));
        double f1 = double.Parse(last.Split(' ')[2], System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(f1, Is.GreaterThan(0.9), output);
    }

    [Test]
    public void AFolderThatIsNotWcxbIsBadInput()
    {
        var (code, _, err) = CliTests.Run("", false, "eval", "html", "--data", Dir);
        Assert.That(code, Is.EqualTo(CliMain.ExitInput));
        Assert.That(err, Does.Contain("not a WCXB folder"));
    }

    private static void WriteGz(string path, string text)
    {
        using var gz = new GZipStream(File.Create(path), CompressionLevel.Fastest);
        gz.Write(Encoding.UTF8.GetBytes(text));
    }
}
