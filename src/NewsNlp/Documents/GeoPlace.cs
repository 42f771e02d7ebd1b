namespace NewsNlp;

/// <summary>A place from GeoNames: id, ISO country, coordinates and feature code (PPLC = capital).</summary>
/// <param name="GeoNamesId">GeoNames id.</param>
/// <param name="Name">Its name in GeoNames.</param>
/// <param name="CountryCode">ISO 3166-1 alpha-2 code of its country.</param>
/// <param name="Latitude">Latitude in degrees.</param>
/// <param name="Longitude">Longitude in degrees.</param>
/// <param name="FeatureCode">GeoNames feature code (PPLC capital, PPLA regional seat, PPL ...).</param>
/// <param name="Population">Population.</param>
public sealed record GeoPlace(long GeoNamesId, string Name, string CountryCode, double Latitude, double Longitude, string FeatureCode, long Population);
