using NewsNlp.Coreference;
using NewsNlp.Pipeline;

namespace NewsNlp.Tests.Coreference;

/// <summary>The coreference stage on news text, through the default pipeline: names, role nouns, pronouns, the layer's shape.</summary>
[TestFixture]
public class CoreferenceResolverTests
{
    private static readonly NewsPipeline Pipeline = NewsPipeline.CreateDefault();

    private static EntityCluster? ClusterWith(Document doc, string mentionText) =>
        doc.EntityClusters.FirstOrDefault(c => c.Mentions.Any(m => m.Text == mentionText || m.Text.Contains(mentionText, StringComparison.Ordinal)));

    private static string Describe(Document doc) => string.Join("\n", doc.EntityClusters.Select(c => c + ": " + string.Join(" | ", c.Mentions.Select(m => m.Text))));

    [Test]
    public void RoleNounAndSurnameJoinTheFullName()
    {
        var doc = Pipeline.Process("Chinese Foreign Minister Wang Yi met his Indian counterpart Subrahmanyam Jaishankar in New Delhi on Monday. "
            + "Wang said the two countries should resolve their border dispute. Jaishankar called the talks candid.");
        var wang = ClusterWith(doc, "Wang Yi");
        Assert.That(wang, Is.Not.Null, Describe(doc));
        Assert.That(wang!.Canonical, Is.EqualTo("Wang Yi"), Describe(doc));
        Assert.That(wang.Type, Is.EqualTo(EntityType.Person));
        Assert.That(wang.Mentions.Select(m => m.Text), Does.Contain("Wang").And.Contain("his"), Describe(doc));
        var jaishankar = ClusterWith(doc, "Jaishankar called") ?? ClusterWith(doc, "Subrahmanyam Jaishankar");
        Assert.That(jaishankar, Is.Not.Null, Describe(doc));
        Assert.That(jaishankar, Is.Not.SameAs(wang));
        Assert.That(jaishankar!.Mentions.Any(m => m.Text.Contains("his Indian counterpart", StringComparison.Ordinal)), Is.True, Describe(doc));
        Assert.That(jaishankar.Mentions.Select(m => m.Text), Does.Contain("Jaishankar"), Describe(doc));
        Assert.That(jaishankar.Canonical, Is.EqualTo("Subrahmanyam Jaishankar"));
    }

    [Test]
    public void TheNorthKoreanLeaderIsKimNotTheCountry()
    {
        var doc = Pipeline.Process("North Korean leader Kim Jong Un hosted Russian President Vladimir Putin in Pyongyang on Wednesday.\n\n"
            + "North Korea has been isolated for decades, and its economy depends on China.\n\n"
            + "Analysts said the North Korean leader wanted Russian military technology in return for artillery shells.");
        var kim = ClusterWith(doc, "Kim Jong Un");
        Assert.That(kim, Is.Not.Null, Describe(doc));
        Assert.That(kim!.Type, Is.EqualTo(EntityType.Person));
        Assert.That(kim.Canonical, Is.EqualTo("Kim Jong Un"));
        Assert.That(kim.Mentions.Select(m => m.Text), Does.Contain("the North Korean leader"), Describe(doc));
        foreach (var c in doc.EntityClusters.Where(c => c != kim))
            Assert.That(c.Mentions.Select(m => m.Text), Does.Not.Contain("the North Korean leader"), Describe(doc));
    }

    [Test]
    public void TheRussianLeaderIsThePresidentNamedBefore()
    {
        var doc = Pipeline.Process("Russian President Vladimir Putin will visit North Korea on Tuesday. Putin will hold talks with Kim Jong Un. "
            + "The Russian leader last visited Pyongyang in 2000.");
        Assert.That(ClusterWith(doc, "The Russian leader")?.Canonical, Is.EqualTo("Vladimir Putin"), Describe(doc));
        var other = Pipeline.Process("French President Emmanuel Macron spoke first. The Russian leader did not reply.");
        Assert.That(ClusterWith(other, "The Russian leader")?.Canonical, Is.Not.EqualTo("Emmanuel Macron"), "a leader of another country is someone else");
    }

    [Test]
    public void HeGoesToTheNearestPersonNotToAPlace()
    {
        var doc = Pipeline.Process("Vladimir Putin visited North Korea on Wednesday. He praised the country's leadership and said the talks went well.");
        var putin = ClusterWith(doc, "Vladimir Putin");
        Assert.That(putin, Is.Not.Null, Describe(doc));
        Assert.That(putin!.Mentions.Select(m => m.Text), Does.Contain("He"), Describe(doc));
        Assert.That(putin.Type, Is.EqualTo(EntityType.Person));
    }

    [Test]
    public void ItGoesToTheCompanyNotToThePerson()
    {
        var doc = Pipeline.Process("Tim Cook said Apple would open a factory in Texas. It expects to hire 2,000 workers.");
        var apple = ClusterWith(doc, "Apple");
        Assert.That(apple, Is.Not.Null, Describe(doc));
        Assert.That(apple!.Mentions.Select(m => m.Text), Does.Contain("It"), Describe(doc));
        Assert.That(ClusterWith(doc, "Tim Cook")?.Mentions.Select(m => m.Text) ?? [], Does.Not.Contain("It"));
    }

    [Test]
    public void TheLayerHoldsNoSingletonsAndEveryMentionReslicesTheText()
    {
        var doc = Pipeline.Process("Putin met Kim in Pyongyang. Putin said the meeting was useful, and Kim thanked him. Seoul was silent.");
        Assert.That(doc.Layers.HasFlag(DocumentLayers.Coreference), Is.True);
        Assert.That(doc.EntityClusters, Is.Not.Empty);
        for (int i = 0; i < doc.EntityClusters.Count; i++)
        {
            var c = doc.EntityClusters[i];
            Assert.That(c.Id, Is.EqualTo(i));
            Assert.That(c.Mentions, Has.Count.GreaterThanOrEqualTo(2));
            foreach (var m in c.Mentions) Assert.That(doc.Text[m.Start..m.End], Is.EqualTo(m.Text));
            Assert.That(c.Mentions.Select(m => m.Start), Is.Ordered);
        }
        Assert.That(doc.EntityClusters.SelectMany(c => c.Mentions).Select(m => m.Text), Does.Not.Contain("Seoul"));
    }

    [Test]
    public void EmptyAndPunctuationOnlyTextsGiveNoEntities()
    {
        Assert.That(Pipeline.Process("").EntityClusters, Is.Empty);
        Assert.That(Pipeline.Process("... !!! \u00a0 ???").EntityClusters, Is.Empty);
    }

    [Test]
    public void TheStageIsSafeOnManyThreads()
    {
        const string text = "Kim Jong Un met Vladimir Putin. Kim said he was pleased. Putin thanked him.";
        var expected = Describe(Pipeline.Process(text));
        var results = new string[16];
        Parallel.For(0, results.Length, i => results[i] = Describe(Pipeline.Process(text)));
        Assert.That(results, Is.All.EqualTo(expected));
    }

    [Test]
    public void ThePipelineChecksWhatTheStageNeeds()
    {
        Assert.Throws<PipelineConfigurationException>(() => NewsPipeline.Create(new NewsNlp.Tokenization.Tokenizer(), new CoreferenceResolver()));
    }
}
