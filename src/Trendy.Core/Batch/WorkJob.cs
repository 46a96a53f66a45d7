using System.Text.Json.Serialization;
using Trendy.Core.Companions;
using Trendy.Core.Identify;

namespace Trendy.Core.Batch;

/// <summary>
/// What a worker does with a <see cref="WorkItem"/>: typed, and serialisable as-is in the worker request (the JSON
/// names the kind in "kind"). The scheduler never reads it.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(ConvertFileJob), "convert")]
[JsonDerivedType(typeof(CompanionFolderJob), "companions")]
public abstract record WorkJob;

/// <summary>
/// Convert one file, as discovery (or the single-file command) identified it: the identity travels with the item, so
/// the file is identified once per run, not again in the worker.
/// </summary>
public sealed record ConvertFileJob(FileIdentity Identity) : WorkJob;

/// <summary>Write <c>areacella</c>/<c>sftlf</c> into one model folder of converted outputs, from the model's land-fraction/area files.</summary>
public sealed record CompanionFolderJob(string Folder, IReadOnlyList<CompanionSourceFile> Sources) : WorkJob;
