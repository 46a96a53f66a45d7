namespace Trendy.Pipeline.Synthesis;

/// <summary>Where and when a synthetic value is wanted, with the model/simulation scaling already folded in.</summary>
internal readonly record struct FieldPoint(
    string Variable, double Lat, double Lon, SynthStep Step, int Layer, int LayerCount, double Scale, double Warming);
