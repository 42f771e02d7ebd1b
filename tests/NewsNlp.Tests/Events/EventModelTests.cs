using NewsNlp.Events;
using NewsNlp.Models;
using NewsNlp.Pipeline;

namespace NewsNlp.Tests.Events;

/// <summary>The event model file: build, byte round trip, corrupt files, the bundled model and its places.</summary>
public class EventModelTests : TempDirectoryTest
{
    private EventModel Build()
    {
        File.WriteAllText(Path.Combine(Dir, "verbs.txt"), "---  VISIT   [042:043]  ---\nVISIT\n- * (FOR TALKS) [046]\n");
        File.WriteAllText(Path.Combine(Dir, "actors.txt"), "NORTH_KOREA_ [PRK]\n+PYONGYANG_\nRUSSIA_ [RUS]\n");
        File.WriteAllText(Path.Combine(Dir, "agents.txt"), "MINISTER [~GOV]\n");
        File.WriteAllText(Path.Combine(Dir, "cities.tsv"), "geonameid\tname\taltName\tcountry\tfeatureCode\tadminCode\tpopulation\tlat\tlon\n"
            + "1871859\tPyongyang\t\tKP\tPPLC\t12\t3222000\t39.03385\t125.75432\n1\tSmallville\t\tKP\tPPL\t12\t50\t1\t1\n");
        File.WriteAllText(Path.Combine(Dir, "countries.csv"), "\"Code\",\"Name\",\"Native\"\n\"KP\",\"North Korea\",\"북한\"\n\"RU\",\"Russia\",\"Россия\"\n");
        return NewsNlp.Training.Events.EventModelBuilder.FromFiles(new ModelManifest { Name = "tiny-events" }, Path.Combine(Dir, "verbs.txt"), [Path.Combine(Dir, "actors.txt")],
            Path.Combine(Dir, "agents.txt"), Path.Combine(Dir, "cities.tsv"), Path.Combine(Dir, "countries.csv"));
    }

    [Test]
    public void SavingALoadedModelReproducesTheFile()
    {
        string a = Path.Combine(Dir, "a.nnlp"), b = Path.Combine(Dir, "b.nnlp");
        Build().Save(a);
        var loaded = EventModel.Load(a);
        loaded.Save(b);
        Assert.That(File.ReadAllBytes(b), Is.EqualTo(File.ReadAllBytes(a)));
        Assert.That(loaded.Verbs.TryGet("visit", out var visit) && visit.Code == "042", Is.True);
        Assert.That(loaded.Manifest.Name, Is.EqualTo("tiny-events"));
    }

    [Test]
    public void PlacesCountriesAndIsoCodesComeWithTheModel()
    {
        var m = Build();
        Assert.That(m.Places.TryFindPlace("pyongyang", out var p), Is.True);
        Assert.That((p.GeoNamesId, p.CountryCode, p.FeatureCode), Is.EqualTo((1871859L, "KP", "PPLC")));
        Assert.That(m.Places.TryFindPlace("Smallville", out _), Is.False, "places under the population floor are left out");
        Assert.That(m.Places.TryFindCountry("North Korea", out var iso) && iso == "KP", Is.True);
        Assert.That(m.IsoCountry("PRKGOV"), Is.EqualTo("KP"));
        Assert.That(m.IsoCountry("RUS"), Is.EqualTo("RU"));
        Assert.That(m.IsoCountry("XYZ"), Is.Null);
    }

    [Test]
    public void CorruptOrWrongFilesFailWithTheirName()
    {
        string path = Path.Combine(Dir, "m.nnlp");
        Build().Save(path);
        var bytes = File.ReadAllBytes(path);
        bytes[^5] ^= 0x5A;
        string corrupt = Path.Combine(Dir, "corrupt.nnlp");
        File.WriteAllBytes(corrupt, bytes);
        var ex = Assert.Throws<ModelFormatException>(() => EventModel.Load(corrupt));
        Assert.That(ex!.Message, Does.Contain("corrupt.nnlp"));
        string text = Path.Combine(Dir, "text.nnlp");
        File.WriteAllText(text, "not a model");
        Assert.Throws<ModelFormatException>(() => EventModel.Load(text));
        Assert.Throws<FileNotFoundException>(() => EventModel.Load(Path.Combine(Dir, "missing.nnlp")));
        // A syntax model is not an event model.
        string syntax = Path.Combine(Dir, "syntax.nnlp");
        NewsNlp.Tests.Syntax.TinyTreebank.Model.Save(syntax);
        Assert.That(Assert.Throws<ModelFormatException>(() => EventModel.Load(syntax))!.Message, Does.Contain("syntax.nnlp"));
    }

    [Test]
    public void TheBundledModelHasTheCameoVerbsPhoenixActorsAndGeoNamesPlaces()
    {
        var m = BundledModels.EnglishEvents;
        Assert.That(m.Verbs.TryGet("visit", out var visit) && visit.Code == "042", Is.True);
        Assert.That(m.Verbs.TryGet("accuse", out var accuse) && accuse.RootCode == "11", Is.True);
        Assert.That(m.Actors.CodePhrase(["VLADIMIR", "PUTIN"], new DateOnly(2024, 6, 17), out _), Is.EqualTo("RUSGOV"));
        Assert.That(m.Places.TryFindPlace("Vladivostok", out var v) && v.CountryCode == "RU", Is.True);
        Assert.That(m.IsoCountry("USA"), Is.EqualTo("US"));
        Assert.That(m.IsoCountry("PRK"), Is.EqualTo("KP"));
        Assert.That(m.IsoCountry("FRA"), Is.EqualTo("FR"), "not Saint Barthelemy or Mayotte, which Phoenix also codes FRA");
        Assert.That(m.IsoCountry("GBR"), Is.EqualTo("GB"));
        Assert.That(m.IsoCountry("CHN"), Is.EqualTo("CN"));
        Assert.That(m.Manifest.TrainingCommand, Does.StartWith("newsnlp train events"));
        Assert.That(m.Places.TryFindPlace("Washington", out var dc) && (dc.Name, dc.CountryCode) == ("Washington, D.C.", "US"), Is.True);
        Assert.That(m.Places.TryFindPlace("Paris", out var paris) && paris.CountryCode == "FR", Is.True);
    }

    [Test]
    public void ACodeSeveralCountriesClaimGoesToTheStateNotItsTerritories()
    {
        // Phoenix codes Saint Barthelemy and Mayotte as FRA, like France; BL comes first in ISO order.
        File.WriteAllText(Path.Combine(Dir, "verbs.txt"), "---  VISIT   [042]  ---\nVISIT\n");
        File.WriteAllText(Path.Combine(Dir, "actors.txt"), "SAINT_BARTHELEMY_ [FRA]\nFRANCE_ [FRA]\n+PARIS_\nMAYOTTE_ [FRA]\n");
        File.WriteAllText(Path.Combine(Dir, "cities.tsv"), Header
            + "3579132\tGustavia\t\tBL\tPPLC\t\t5988\t17.89618\t-62.84978\n2988507\tParis\t\tFR\tPPLC\t11\t2138551\t48.85341\t2.3488\n"
            + "921815\tMamoudzou\t\tYT\tPPLC\t\t71437\t-12.78234\t45.22878\n");
        File.WriteAllText(Path.Combine(Dir, "countries.csv"), "\"Code\",\"Name\",\"Native\"\n\"BL\",\"Saint Barthelemy\",\"Saint-Barthélemy\"\n\"FR\",\"France\",\"France\"\n\"YT\",\"Mayotte\",\"Mayotte\"\n");
        var m = NewsNlp.Training.Events.EventModelBuilder.FromFiles(new ModelManifest { Name = "tiny" }, Path.Combine(Dir, "verbs.txt"), [Path.Combine(Dir, "actors.txt")], null,
            Path.Combine(Dir, "cities.tsv"), Path.Combine(Dir, "countries.csv"));
        Assert.That(m.IsoCountry("FRA"), Is.EqualTo("FR"));
        Assert.That(m.Places.CountryName(m.IsoCountry("FRA")!), Is.EqualTo("France"));
    }

    private const string Header = "geonameid\tname\taltName\tcountry\tfeatureCode\tadminCode\tpopulation\tlat\tlon\n";

    private static PlaceGazetteer Places() => PlaceGazetteer.Read(new StringReader(Header
        + "2634715\tWashington\t\tGB\tPPL\tENG\t53526\t54.9\t-1.51667\n"
        + "4140963\tWashington, D.C.\t\tUS\tPPLC\tDC\t601723\t38.89511\t-77.03637\n"
        + "5549222\tWashington\t\tUS\tPPL\tUT\t24299\t37.13054\t-113.50829\n"
        + "2655603\tBirmingham\t\tGB\tPPLA2\tENG\t984333\t52.48142\t-1.89983\n"
        + "4049979\tBirmingham\t\tUS\tPPLA2\tAL\t212237\t33.52066\t-86.80249\n"
        + "3573197\tHamilton\t\tBM\tPPLC\t03\t902\t32.29149\t-64.77797\n"
        + "5969785\tHamilton\t\tCA\tPPL\tON\t569353\t43.25011\t-79.84963\n"
        + "2950159\tBerlin\t\tDE\tPPLC\t16\t3426354\t52.52437\t13.41053\n"),
        new StringReader("\"Code\",\"Name\",\"Native\"\n\"GB\",\"United Kingdom\",\"United Kingdom\"\n\"US\",\"United States\",\"United States\"\n"));

    [TestCase("Washington", null, 4140963L)]          // a capital over a smaller town
    [TestCase("Washington", "GB", 4140963L)]          // even in an article about Britain
    [TestCase("Washington, D.C.", null, 4140963L)]
    [TestCase("Birmingham", null, 2655603L)]          // the most populous
    [TestCase("Birmingham", "US", 4049979L)]          // the article's country, within ten times the population
    [TestCase("Hamilton", null, 5969785L)]            // a capital of 900 does not beat a city of 570 k
    [TestCase("Ber\uFEFFlin", null, 2950159L)]        // format characters are ignored
    public void ANameSeveralPlacesShareGoesToTheCapitalThenTheBiggestThenTheArticlesCountry(string name, string? country, long geonamesId)
    {
        Assert.That(Places().TryFindPlace(name, country is null ? null : [country], out var place), Is.True);
        Assert.That(place.GeoNamesId, Is.EqualTo(geonamesId));
    }
}
