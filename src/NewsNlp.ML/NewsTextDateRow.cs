using Microsoft.ML.Data;

namespace NewsNlp.ML;

/// <summary>The input row with a publish date, against which relative dates are resolved.</summary>
public sealed class NewsTextDateRow
{
    /// <summary>The article text (column <c>NewsText</c>).</summary>
    [ColumnName(NewsColumns.Text)]
    public string? Text { get; set; }

    /// <summary>The publish date (column <c>NewsPublished</c>); <see cref="DateTime.MinValue"/> means unknown.</summary>
    [ColumnName(NewsColumns.Published)]
    public DateTime Published { get; set; }
}
