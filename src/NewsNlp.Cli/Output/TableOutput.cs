using Parquet.Serialization;

namespace NewsNlp.Cli.Output;

/// <summary>
/// <c>extract --format csv|parquet</c>: the <c>entities</c>, <c>events</c> and <c>relations</c> tables
/// with typed columns and document ids. With <c>--output DIR</c> each table is a file in DIR; CSV
/// without <c>--output</c> prints the entities table. Rows are written every 10,000 (a Parquet row
/// group, a block of CSV records), so memory stays bounded on long runs.
/// </summary>
internal static class TableOutput
{
    private const int RowGroup = 10_000;

    /// <summary>Creates the <c>--output</c> folder, or says in one line why it cannot be one.</summary>
    /// <exception cref="InputException">A file by that name, or a path that cannot be created or written.</exception>
    public static void PrepareFolder(string dir)
    {
        if (File.Exists(dir)) throw new InputException($"--output {dir}: a file, not a folder");
        try { Directory.CreateDirectory(dir); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new InputException($"--output {dir}: cannot create the folder: {e.Message}", e);
        }
    }

    public static void Write(IEnumerable<Document> docs, string format, string? dir, TextWriter stdout, Action tick)
    {
        if (dir is not null) PrepareFolder(dir);
        var entities = new List<EntityRow>();
        var events = new List<EventRow>();
        var relations = new List<RelationRow>();
        var sinks = new Sinks(format, dir);
        try
        {
            foreach (var doc in docs)
            {
                TableRows.Add(doc, entities, events, relations);
                tick();
                if (entities.Count + events.Count + relations.Count >= RowGroup) sinks.Flush(entities, events, relations, stdout);
            }
        }
        finally
        {
            // Also when the run stops early (a bad input line, Ctrl+C): the rows of every finished
            // document are written, and every table file exists.
            try
            {
                sinks.Flush(entities, events, relations, stdout, final: true);
            }
            finally
            {
                sinks.Dispose();
            }
        }
    }

    private sealed class Sinks(string format, string? dir) : IDisposable
    {
        private readonly Dictionary<string, bool> _started = [];
        private readonly Dictionary<string, TextWriter> _csv = [];

        private bool _stdoutStarted;

        public void Flush(List<EntityRow> entities, List<EventRow> events, List<RelationRow> relations, TextWriter stdout, bool final = false)
        {
            if (dir is null)
            {
                // CSV on standard output: the entities table only (the header once, even with no rows).
                TableRows.WriteCsv(stdout, entities, header: !_stdoutStarted);
                _stdoutStarted = true;
                entities.Clear();
                events.Clear();
                relations.Clear();
                return;
            }
            Table("entities", entities, final);
            Table("events", events, final);
            Table("relations", relations, final);
        }

        private void Table<T>(string name, List<T> rows, bool final) where T : new()
        {
            bool started = _started.GetValueOrDefault(name);
            if (rows.Count == 0 && (started || !final)) return;
            string path = Path.Combine(dir!, name + "." + (format == "csv" ? "csv" : "parquet"));
            try { Write(path, name, rows, started); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new InputException($"--output {dir}: cannot write {path}: {e.Message}", e);
            }
            _started[name] = true;
            rows.Clear();
        }

        private void Write<T>(string path, string name, List<T> rows, bool started) where T : new()
        {
            if (format == "csv")
            {
                if (!_csv.TryGetValue(name, out var w)) _csv[name] = w = new StreamWriter(path, false, CliMain.Utf8);
                if (!started) TableRows.WriteCsv(w, rows);
                else TableRows.WriteCsv(w, rows, header: false);
            }
            else
            {
                // The first write creates the file (even with no rows, so every table exists); later ones append row groups.
                using var stream = new FileStream(path, started ? FileMode.Open : FileMode.Create, FileAccess.ReadWrite);
                ParquetSerializer.SerializeAsync(rows, stream, new Parquet.ParquetOptions { Append = started }).GetAwaiter().GetResult();
            }
        }

        public void Dispose()
        {
            foreach (var w in _csv.Values) w.Dispose();
        }
    }
}
