using Microsoft.ML.Data;

namespace NewsNlp.ML;

/// <summary>The input row of the NewsNlp mapping: the article text.</summary>
public sealed class NewsTextRow
{
    /// <summary>The article text (column <c>NewsText</c>).</summary>
    [ColumnName(NewsColumns.Text)]
    public string? Text { get; set; }
}
