using NewsNlp.Events;
using NewsNlp.Models;

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
        return EventModel.FromFiles(new ModelManifest { Name = "tiny-events" }, Path.Combine(Dir, "verbs.txt"), [Path.Combine(Dir, "actors.txt")],
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
        Assert.That(m.Manifest.TrainingCommand, Does.StartWith("newsnlp train events"));
    }
}
