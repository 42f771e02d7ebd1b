using Microsoft.ML;
using Microsoft.ML.Data;
using NewsNlp.ML;

namespace NewsNlp.Tests.ML;

/// <summary>The ML.NET estimator: its columns, a classifier trained on them, and a saved model that loads.</summary>
public class NewsEventsEstimatorTests
{
    private sealed class Article
    {
        public string Text { get; set; } = "";
        public DateTime Published { get; set; }
        public bool Conflict { get; set; }
    }

    private sealed class Prediction
    {
        [ColumnName("PredictedLabel")]
        public bool Conflict { get; set; }
    }

    // Cooperation versus conflict, in news sentences written for the test.
    private static readonly (string Text, bool Conflict)[] Texts =
    [
        ("Putin met Kim Jong Un in Pyongyang on Tuesday.", false),
        ("Japan praised South Korea for its help.", false),
        ("France and Germany signed a trade agreement.", false),
        ("Biden congratulated Modi on his victory.", false),
        ("China welcomed the decision by Brazil.", false),
        ("Macron thanked Scholz for the support.", false),
        ("Egypt hosted talks between Israel and Hamas.", false),
        ("Turkey praised Qatar for mediating.", false),
        ("India and Japan agreed to cooperate on energy.", false),
        ("Kenya welcomed the ceasefire in Sudan.", false),
        ("Russia attacked Ukraine with missiles on Monday.", true),
        ("Israel accused Hamas of attacking civilians.", true),
        ("North Korea condemned South Korea and Japan.", true),
        ("Police arrested protesters in Nairobi.", true),
        ("The United States criticized China over Taiwan.", true),
        ("Iran accused Israel of killing its commander.", true),
        ("Rebels attacked an army base in Darfur.", true),
        ("Venezuela condemned the sanctions by the United States.", true),
        ("Troops fired on demonstrators in Dhaka.", true),
        ("Pakistan criticized India over the border clash.", true),
    ];

    private static IDataView Data(MLContext ml) =>
        ml.Data.LoadFromEnumerable(Texts.Select(t => new Article { Text = t.Text, Published = new DateTime(2024, 6, 17), Conflict = t.Conflict }));

    [Test]
    public void TheColumnsCarryEntitiesEventsAndCodes()
    {
        var ml = new MLContext(seed: 1);
        var transformed = ml.ExtractNewsEvents(nameof(Article.Text), nameof(Article.Published)).Fit(Data(ml)).Transform(Data(ml));
        var first = ml.Data.CreateEnumerable<Row>(transformed, reuseRowObject: false).First();
        Assert.That(first.NewsEntities, Does.Contain("Putin").And.Contain("Kim Jong Un").And.Contain("Pyongyang"));
        Assert.That(first.NewsEvents, Does.Contain("Vladimir Putin|meet|Kim Jong Un"), "canonical names: the Phoenix entry names Putin in full");
        Assert.That((first.NewsCameoCodes, first.NewsCameoRoots), Is.EqualTo((new[] { "040" }, new[] { "04" })));
        Assert.That(first.NewsActorCodes, Does.Contain("cameo:RUSGOV"));
        Assert.That(first.Text, Is.EqualTo(Texts[0].Text), "input columns are kept");
    }

    private sealed class Row
    {
        public string Text { get; set; } = "";
        public string[] NewsEntities { get; set; } = [];
        public string[] NewsEvents { get; set; } = [];
        public string[] NewsCameoCodes { get; set; } = [];
        public string[] NewsCameoRoots { get; set; } = [];
        public string[] NewsActorCodes { get; set; } = [];
    }

    [Test]
    public void AClassifierTrainsOnTheColumnsAndTheSavedModelLoads()
    {
        var ml = new MLContext(seed: 1);
        var pipeline = ml.ExtractNewsEvents(nameof(Article.Text), nameof(Article.Published))
            .Append(ml.Transforms.Conversion.MapValueToKey("RootKeys", NewsColumns.CameoRoots))
            .Append(ml.Transforms.Conversion.MapKeyToVector("Features", "RootKeys", outputCountVector: true))
            .Append(ml.BinaryClassification.Trainers.SdcaLogisticRegression(labelColumnName: nameof(Article.Conflict), featureColumnName: "Features"));
        var data = Data(ml);
        var model = pipeline.Fit(data);
        var metrics = ml.BinaryClassification.Evaluate(model.Transform(data), labelColumnName: nameof(Article.Conflict));
        Assert.That(metrics.Accuracy, Is.GreaterThanOrEqualTo(0.9), "CAMEO roots separate cooperation from conflict");

        string path = Path.Combine(Path.GetTempPath(), "newsnlp-mlnet-" + Guid.NewGuid().ToString("N") + ".zip");
        try
        {
            ml.Model.Save(model, data.Schema, path);
            var fresh = new MLContext(seed: 2);
            fresh.RegisterNewsNlp();
            var loaded = fresh.Model.Load(path, out _);
            var engine = fresh.Model.CreatePredictionEngine<Article, Prediction>(loaded);
            Assert.That(engine.Predict(new Article { Text = "Syria accused Turkey of attacking its soldiers.", Published = new DateTime(2024, 6, 17) }).Conflict, Is.True);
            Assert.That(engine.Predict(new Article { Text = "Spain praised Portugal for the agreement.", Published = new DateTime(2024, 6, 17) }).Conflict, Is.False);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void WithoutADateColumnTheTextAloneIsEnough()
    {
        var ml = new MLContext(seed: 1);
        var view = ml.Data.LoadFromEnumerable(new[] { new { Body = "Russia attacked Ukraine with missiles." } });
        var transformed = ml.ExtractNewsEvents("Body").Fit(view).Transform(view);
        var codes = transformed.GetColumn<VBuffer<ReadOnlyMemory<char>>>(NewsColumns.CameoRoots).First();
        Assert.That(codes.DenseValues().Select(c => c.ToString()), Does.Contain("19"));
        Assert.Throws<ArgumentException>(() => ml.ExtractNewsEvents(""));
    }

    [Test]
    public void TheCatalogOverloadStillWorksAndPointsToTheContextOne()
    {
        var ml = new MLContext(seed: 1);
        var view = ml.Data.LoadFromEnumerable(new[] { new { Body = "Russia attacked Ukraine with missiles." } });
#pragma warning disable CS0618 // the obsolete overload, kept for existing code
        var old = ml.Transforms.Text.ExtractNewsEvents("Body").Fit(view).Transform(view);
#pragma warning restore CS0618
        var current = ml.ExtractNewsEvents("Body").Fit(view).Transform(view);
        string Roots(IDataView v) => string.Join(",", v.GetColumn<VBuffer<ReadOnlyMemory<char>>>(NewsColumns.CameoRoots).First().DenseValues());
        Assert.That(Roots(old), Is.EqualTo(Roots(current)));
        var obsolete = typeof(NewsMLContextExtensions).GetMethods().Single(m => m.Name == nameof(NewsMLContextExtensions.ExtractNewsEvents) && m.GetParameters()[0].ParameterType == typeof(TransformsCatalog.TextTransforms));
        Assert.That(obsolete.GetCustomAttributes(typeof(ObsoleteAttribute), false), Is.Not.Empty);
    }
}
